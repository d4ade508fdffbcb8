namespace ApecGraph.HostileCorpus;

/// <summary>The corpus's category names.</summary>
public static class Categories
{
    public const string MalformedJson = "malformed-json";
    public const string WrongJsonTypes = "wrong-json-types";
    public const string InvalidUtf8Body = "invalid-utf8-body";
    public const string InvalidUtf8QueryString = "invalid-utf8-query-string";
    public const string HugeNumbers = "huge-numbers";
    public const string HugeStrings = "huge-strings";
    public const string DeepSelections = "deep-selections";
    public const string DeepValues = "deep-values";
    public const string WideDocuments = "wide-documents";
    public const string AliasBombs = "alias-bombs";
    public const string FragmentBombs = "fragment-bombs";
    public const string DirectiveFloods = "directive-floods";
    public const string UnknownNames = "unknown-names";
    public const string OperationTypes = "operation-types";
    public const string IntrospectionAbuse = "introspection-abuse";
    public const string SchemaValid = "schema-random-valid";
    public const string SchemaNearValid = "schema-random-near-valid";
    public const string WrongMethods = "wrong-methods";
    public const string ContentTypes = "content-types";
    public const string Headers = "headers";
    public const string CostBombs = "cost-bombs";
    public const string SlowClients = "slow-clients";
    public const string RawRequests = "raw-requests";
}
