using ApecGraph.Api.Tests.Infrastructure;

namespace ApecGraph.Api.Tests.Queries;

[Collection(Neo4jApiCollection.Name)]
public sealed class DocumentQueriesOnNeo4j(Neo4jApi api) : DocumentQueries(api);
