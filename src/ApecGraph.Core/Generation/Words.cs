using System.Globalization;

namespace ApecGraph.Core.Generation;

/// <summary>The word lists the generated names and sentences are made of.</summary>
internal static class Words
{
    /// <summary>The 21 APEC member economies: id slug, name, other names, a city.</summary>
    public static readonly (string Slug, string Name, string[] Aliases, string City)[] Economies =
    [
        ("australia", "Australia", [], "Sydney"),
        ("brunei", "Brunei Darussalam", ["Brunei"], "Bandar Seri Begawan"),
        ("canada", "Canada", [], "Vancouver"),
        ("chile", "Chile", [], "Santiago"),
        ("china", "China", ["People’s Republic of China", "PRC"], "Beijing"),
        ("hong-kong-china", "Hong Kong, China", ["Hong Kong"], "Hong Kong"),
        ("indonesia", "Indonesia", [], "Jakarta"),
        ("japan", "Japan", [], "Osaka"),
        ("korea", "Korea", ["Republic of Korea", "ROK"], "Busan"),
        ("malaysia", "Malaysia", [], "Kuala Lumpur"),
        ("mexico", "Mexico", [], "Mexico City"),
        ("new-zealand", "New Zealand", ["NZ"], "Auckland"),
        ("papua-new-guinea", "Papua New Guinea", ["PNG"], "Port Moresby"),
        ("peru", "Peru", [], "Lima"),
        ("philippines", "The Philippines", ["Philippines"], "Manila"),
        ("russia", "Russia", ["Russian Federation"], "Vladivostok"),
        ("singapore", "Singapore", [], "Singapore"),
        ("chinese-taipei", "Chinese Taipei", [], "Taipei"),
        ("thailand", "Thailand", [], "Bangkok"),
        ("united-states", "United States", ["USA", "US"], "San Francisco"),
        ("viet-nam", "Viet Nam", ["Vietnam"], "Da Nang"),
    ];

    public static readonly string[] Areas =
    [
        "Digital Economy", "Trade Facilitation", "Customs Procedures", "Services Trade", "Investment Policy",
        "Energy Security", "Food Security", "Ocean Resources", "Health Systems", "Emergency Preparedness",
        "Counter-Terrorism", "Anti-Corruption", "Small Business", "Women and the Economy", "Tourism",
        "Transportation", "Telecommunications", "Education", "Human Resources", "Agricultural Technology",
        "Mining", "Forestry", "Fisheries", "Standards and Conformance", "Intellectual Property",
        "Competition Policy", "Structural Reform", "Financial Inclusion", "Infrastructure", "Supply Chains",
        "Cross-Border Privacy", "Renewable Energy", "Climate Resilience", "Urbanisation", "Innovation Policy",
        "Economic Statistics", "Regulatory Cooperation", "Connectivity", "Data Flows", "Green Growth",
    ];

    public static readonly string[] BodyTypes =
        ["Working Group", "Sub-Committee", "Steering Group", "Task Force", "Experts’ Group", "Policy Partnership"];

    public static readonly string[] Portfolios =
    [
        "Trade", "Foreign Affairs", "Finance", "Economy", "Industry", "Energy", "Health", "Agriculture",
        "Transport", "Communications", "Tourism", "Education", "Labour", "Environment", "Science and Technology",
    ];

    /// <summary>Topic nouns with the category each one is.</summary>
    public static readonly (string Noun, string Category)[] TopicNouns =
    [
        ("Survey", "survey"), ("Guidance", "guidance"), ("Law", "law"), ("Framework", "idea"),
        ("Principles", "guidance"), ("Study", "survey"), ("Model Law", "law"), ("Concept", "idea"),
    ];

    /// <summary>Meeting series: name and acronym.</summary>
    public static readonly (string Name, string Acronym)[] Series =
    [
        ("Senior Officials’ Meeting", "SOM"), ("Ministers Responsible for Trade Meeting", "MRT"),
        ("Economic Leaders’ Meeting", "AELM"), ("Digital Economy Steering Group Meeting", "DESG"),
        ("Committee on Trade and Investment Meeting", "CTI"), ("Energy Ministerial Meeting", "EMM"),
        ("Finance Ministers’ Meeting", "FMM"), ("Small and Medium Enterprises Working Group Meeting", "SMEWG"),
        ("Tourism Working Group Meeting", "TWG"), ("Health Working Group Meeting", "HWG"),
        ("Counter-Terrorism Working Group Meeting", "CTWG"), ("Ocean and Fisheries Working Group Meeting", "OFWG"),
    ];

    /// <summary>Proposal nouns with their category.</summary>
    public static readonly (string Noun, string Category)[] ProposalNouns =
    [
        ("Roadmap", "work-plan"), ("Initiative", "initiative"), ("Declaration", "declaration"),
        ("Statement", "statement"), ("Guidelines", "guideline"), ("Work Plan", "work-plan"), ("Proposal", "proposal"),
        ("Action Agenda", "initiative"),
    ];

    /// <summary>Proposal statuses with the words that state them.</summary>
    public static readonly (string Status, string Words)[] Statuses =
    [
        ("PROPOSED", "was proposed"), ("DELIBERATED", "was deliberated"), ("ENDORSED", "was endorsed"),
        ("UNDER_WAY", "is under way"), ("DRAFT", "is a draft"), ("ISSUED", "was issued"),
    ];

    public static readonly string[] GivenNames =
    [
        "Ana", "Budi", "Chen", "Daniel", "Elena", "Farid", "Grace", "Hiroshi", "Isabel", "Jun", "Kim", "Lucia", "Minh",
        "Nurul", "Oliver", "Priya", "Quang", "Rosa", "Sergei", "Tomas", "Umar", "Valentina", "Wei", "Ximena", "Yuki",
        "Zainab", "Arjun", "Beatriz", "Carlos", "Dewi", "Emma", "Felipe", "Hana", "Ivan", "Jia", "Kofi", "Lina", "Mateo",
    ];

    public static readonly string[] FamilyNames =
    [
        "Tan", "Lopez", "Nguyen", "Smith", "Wong", "Sato", "Park", "Rahman", "Garcia", "Ivanova", "Chua", "Reyes",
        "Brown", "Suzuki", "Lee", "Hernandez", "Santos", "Kumar", "Lim", "Martin", "Yamamoto", "Chan", "Torres",
        "Wilson", "Ahmad", "Morales", "Takahashi", "Choi", "Silva", "Taylor", "Ong", "Petrov", "Castillo", "Ito",
    ];

    public static readonly string[] Honorifics = ["Dr.", "Ms.", "Mr.", "H.E.", "Prof."];

    public static readonly string[] Roles =
    [
        "Minister", "Deputy Minister", "Director-General", "Senior Official", "Deputy Director", "Chief Negotiator",
        "Assistant Secretary", "Policy Adviser",
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

    public static string Ordinal(int n) => n <= Ordinals.Length ? Ordinals[n - 1] : n.ToString(CultureInfo.InvariantCulture) + "th";

    /// <summary>An ISO date of the given precision (0 day, 1 month, 2 year) and the words that state it.</summary>
    public static (string Iso, string Words) Date(DateOnly day, int precision) => precision switch
    {
        0 => (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{day.Day} {Months[day.Month - 1]} {day.Year}")),
        1 => (day.ToString("yyyy-MM", CultureInfo.InvariantCulture), $"{Months[day.Month - 1]} {day.Year.ToString(CultureInfo.InvariantCulture)}"),
        _ => (day.Year.ToString(CultureInfo.InvariantCulture), day.Year.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>0 (a day) 60%, 1 (a month) 25%, 2 (a year) 15%.</summary>
    public static int Precision(ref Rng rng) => rng.Double() switch { < 0.6 => 0, < 0.85 => 1, _ => 2 };

    /// <summary>The initials of the words that start with a capital: "Digital Economy Working Group" is "DEWG".</summary>
    public static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(word => word.Length > 0 && char.IsUpper(word[0])).Select(word => word[0]));

    /// <summary>Lower case, runs of anything but a-z 0-9 turned into one dash.</summary>
    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
