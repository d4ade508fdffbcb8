namespace ApecGraph.Neo4j.Http;

/// <summary>How a transaction is labelled for a cluster (the transactional endpoint's <c>access-mode</c> header): a READ
/// transaction may be routed to a secondary; a WRITE one goes to the leader. A single server runs both alike.</summary>
public enum AccessMode
{
    Write,
    Read,
}
