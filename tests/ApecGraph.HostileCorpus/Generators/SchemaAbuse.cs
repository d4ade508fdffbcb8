using ApecGraph.HostileCorpus.Schema;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Random valid and near-valid documents built from the schema's introspection.</summary>
internal static class SchemaAbuse
{
    public static IEnumerable<HostileRequest> Documents(Random r, SchemaModel schema, bool near, int count)
    {
        var documents = new RandomDocuments(schema, r);
        var category = near ? Categories.SchemaNearValid : Categories.SchemaValid;
        for (var i = 0; i < count; i++)
        {
            var (query, variables) = documents.Next(near);
            yield return r.Chance(0.25) ? Req.Get(category, query, variables) : Req.Post(category, query, variables);
        }
    }
}
