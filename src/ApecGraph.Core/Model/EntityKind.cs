namespace ApecGraph.Core.Model;

/// <summary>What an entity is. Written in graph-seeds in upper case (e.g. <c>MEETING</c>).</summary>
public enum EntityKind
{
    Economy,
    Person,
    Organisation,
    Meeting,
    Proposal,
    Resolution,
    Document,
    /// <summary>A subject that sources present or discuss: a law, a guidance, a survey, an agenda idea.</summary>
    Topic,
}
