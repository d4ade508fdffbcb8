namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Unknown names, mutations and subscriptions, operation selection, introspection abuse.</summary>
internal static class DocumentAbuse
{
    private static readonly string[] Unknown =
    [
        "{ nope }", "{ economies { nope } }", "{ economies(nope: 1) { totalCount } }", "{ search(text: \"a\", nope: true) { score } }",
        "query Q($x: Nope) { __typename }", "{ search(text: \"a\", kinds: [NOPE]) { score } }", "{ entity(id: \"economy:chile\") { ... on Nope { id } } }",
        "{ ...F } fragment F on Nope { id }", "{ economies { totalCount } } fragment F on Query { nope }", "{ __type(name: \"Nope\") { name } }",
        "{ meetings(format: HYBRIDISH) { totalCount } }", "{ relations { id } }", "{ entity { id } }", "{ entity(id: null) { id } }",
        "{ search { score } }", "{ economies }", "{ __typename { a } }", "{ entity(id: \"economy:chile\") { id @nope } }",
        "query Q($x: Int!) { __typename }", "query Q($x: Int) { economies(first: $y) { totalCount } }", "query Q($x: Int, $x: Int) { __typename }",
        "{ entity(id: \"economy:chile\") { relations(direction: SIDEWAYS) { type } } }", "{ meetings(from: \"not a date\") { totalCount } }",
        "{ meetings(from: \"2020-13-45\") { totalCount } }", "{ meetings(to: 20200527) { totalCount } }", "{ paths(from: \"x\", to: \"y\") { length } }",
        "{ entity(id: \"no:such\") { id } }", "{ entities(ids: [\"no:such\", \"economy:chile\"]) { id } }",
    ];

    public static IEnumerable<HostileRequest> UnknownNames(Random r)
    {
        for (var i = 0; i < 500; i++)
        {
            var q = i < Unknown.Length ? Unknown[i] : $"{{ {r.Word()} {{ {r.Word()}({r.Word()}: {r.Pick(["1", "\"x\"", "true", "[1]", "{a: 1}", "NOPE", "$v"])}) }} }}";
            yield return r.Chance(0.3) ? Req.Get(Categories.UnknownNames, q) : Req.Post(Categories.UnknownNames, q);
        }
    }

    public static IEnumerable<HostileRequest> OperationTypes(Random r)
    {
        string[] documents =
        [
            "mutation { __typename }", "mutation M { createEntity(id: \"x\") { id } }", "subscription { __typename }", "subscription S { entityChanged { id } }",
            "query A { __typename } mutation B { __typename }", "query A { __typename } query B { __typename }", "query A { __typename } { __typename }",
            "query { __typename } query { __typename }", "mutation { __typename } query Q { __typename }", "query Q { __typename }",
        ];
        string?[] names = [null, "A", "B", "M", "S", "Q", "Nope", "", "A B"];
        for (var i = 0; i < 400; i++)
        {
            var doc = r.Pick(documents);
            var name = r.Pick(names);
            yield return r.Next(3) switch
            {
                0 => Req.Get(Categories.OperationTypes, doc, null, name),
                _ => Req.Post(Categories.OperationTypes, doc, null, name),
            };
        }
    }

    public static IEnumerable<HostileRequest> Introspection(Random r)
    {
        for (var i = 0; i < 400; i++)
        {
            var depth = r.LogSize(2, 300);
            var q = r.Next(4) switch
            {
                0 => "{ __type(name: \"Query\") { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", depth)) + "{ name }" + string.Concat(Enumerable.Repeat(" }", depth)) + " } } }",
                1 => "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ fields { type ", depth)) + "{ name }" + string.Concat(Enumerable.Repeat(" } }", depth)) + " } } } }",
                2 => "{ " + string.Concat(Enumerable.Range(0, depth * 3).Select(a => $"s{a}: __schema {{ types {{ name fields {{ name args {{ name }} }} }} }} ")) + "}",
                _ => "{ __schema { types { interfaces " + string.Concat(Enumerable.Repeat("{ possibleTypes { interfaces ", depth)) + "{ name }" + string.Concat(Enumerable.Repeat(" } }", depth)) + " } } }",
            };
            yield return r.Chance(0.2) ? Req.Get(Categories.IntrospectionAbuse, q) : Req.Post(Categories.IntrospectionAbuse, q);
        }
    }
}
