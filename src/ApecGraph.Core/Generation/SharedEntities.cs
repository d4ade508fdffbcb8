using System.Globalization;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Generation;

/// <summary>Writes the entities every meeting record refers to (the 21 economies, APEC and its bodies, the ministries,
/// topics and UN resolutions) with their own relations, quoted from registry documents of
/// <see cref="GenerationPlan.SharedPerRegistryDocument"/> entities each.</summary>
internal sealed class SharedEntities(GenerationPlan plan, SeedOutput output, string seedsDirectory)
{
    private SourceDocument? document;

    public void Write()
    {
        for (var g = 0; g < plan.SharedWithoutDocuments; g++)
        {
            if (g % GenerationPlan.SharedPerRegistryDocument == 0)
            {
                Close();
                Open(g / GenerationPlan.SharedPerRegistryDocument);
            }
            var rng = Rng.For(plan.Seed, g, 0, Salts.Shared);
            var i = g;
            if (i < GenerationPlan.EconomyCount) { Economy(i); continue; }
            i -= GenerationPlan.EconomyCount;
            if (i < plan.Organisations) { Organisation(i, ref rng); continue; }
            i -= plan.Organisations;
            if (i < plan.Topics) { Topic(i, ref rng); continue; }
            Resolution(i - plan.Topics, ref rng);
        }
        Close();
    }

    private void Open(int c)
    {
        document = new SourceDocument(GenerationPlan.RegistryDocumentId(c), GenerationPlan.RegistryFile(c));
        var title = string.Create(CultureInfo.InvariantCulture, $"APEC Registry, Part {c + 1}");
        var quote = document.Say($"{title}, a registry published in 2026.", "title", "category", "published");
        output.Entity(EntityKind.Document, document.Id, title, null,
            [("title", title), ("source", document.FileName), ("published", "2026"), ("category", "registry")], quote);
    }

    private void Close() => document?.WriteTo(seedsDirectory);

    private SourceDocument Doc => document!;

    private void Economy(int e)
    {
        var (_, name, aliases, _) = Words.Economies[e];
        var quote = Doc.Say($"{name} is a member economy of APEC.");
        output.Entity(EntityKind.Economy, GenerationPlan.EconomyId(e), name, aliases, null, quote);
        output.Relation(GenerationPlan.EconomyId(e), "MEMBER_OF", GenerationPlan.ApecId, quote);
    }

    private void Organisation(int i, ref Rng rng)
    {
        var id = plan.OrganisationId(i);
        var name = plan.OrganisationName(i);
        var alias = plan.OrganisationAlias(i);
        string[]? aliases = alias is null ? null : [alias];
        if (i == 0)
        {
            var apec = Doc.Say("Asia-Pacific Economic Cooperation (APEC) is an international organisation of 21 member economies.", "category");
            output.Entity(EntityKind.Organisation, id, name, aliases, [("category", "international-organisation")], apec);
            return;
        }
        if (i <= plan.Bodies)
        {
            var parent = GenerationPlan.ParentOfBody(i);
            var body = Doc.Say($"The {name} ({alias}) is an APEC body under {plan.OrganisationRef(parent)}.", "category");
            output.Entity(EntityKind.Organisation, id, name, aliases, [("category", "apec-body")], body);
            output.Relation(id, "PART_OF", plan.OrganisationId(parent), body);
            return;
        }
        var economy = plan.EconomyOfMinistry(i);
        var (category, words) = plan.IsMinistryCategory(i) ? ("ministry", "a ministry") : ("government-agency", "a government agency");
        var own = Doc.Say($"The {name} is {words} of {GenerationPlan.EconomyName(economy)}.", "category");
        output.Entity(EntityKind.Organisation, id, name, aliases, [("category", category)], own);
        output.Relation(id, "BELONGS_TO", GenerationPlan.EconomyId(economy), own);
        if (rng.Chance(0.35))
        {
            var body = plan.Body(ref rng);
            output.Relation(id, "MEMBER_OF", plan.OrganisationId(body), Doc.Say($"The {name} is a member of {plan.OrganisationRef(body)}."));
        }
    }

    private void Topic(int t, ref Rng rng)
    {
        var id = GenerationPlan.TopicId(t);
        var name = GenerationPlan.TopicName(t);
        var category = GenerationPlan.TopicCategory(t);
        var year = plan.TopicYear(t).ToString(CultureInfo.InvariantCulture);
        var own = Doc.Say($"The {name} is a {category} topic first raised in {year}.", "category", "year");
        output.Entity(EntityKind.Topic, id, name, null, [("category", category), ("year", year)], own);
        if (t >= 10 && rng.Chance(0.5))
        {
            var parent = rng.Int(t);
            output.Relation(id, "ABOUT", GenerationPlan.TopicId(parent),
                Doc.Say($"The {name} is a sub-topic of the {GenerationPlan.TopicName(parent)}."));
        }
        if (rng.Chance(0.4))
        {
            var body = plan.Body(ref rng);
            var by = plan.OrganisationRef(body);
            output.Relation(plan.OrganisationId(body), "PUBLISHED", id, Doc.Say($"{char.ToUpperInvariant(by[0])}{by[1..]} published the {name}."));
        }
    }

    private static readonly (string Type, string Verb, string Note)[] Asks =
    [
        ("REQUIRES", "requires", "to take measures against proliferation"),
        ("DECIDES", "decides that", "shall report to the Committee"),
        ("URGES", "urges", "to report on its implementation"),
        ("REQUESTS", "requests", "to share effective practices"),
    ];

    private void Resolution(int r, ref Rng rng)
    {
        var id = plan.ResolutionId(r);
        var number = GenerationPlan.ResolutionNumber(r).ToString(CultureInfo.InvariantCulture);
        var year = plan.ResolutionYear(r).ToString(CultureInfo.InvariantCulture);
        var name = $"United Nations Security Council Resolution {number}";
        var alias = GenerationPlan.ResolutionAlias(r);
        var own = Doc.Say($"{name} ({alias}) was adopted in {year}.", "number", "year");
        output.Entity(EntityKind.Resolution, id, name, [alias], [("number", number), ("year", year)], own);
        var (type, verb, note) = Asks[r % Asks.Length];
        var economy = rng.Skewed(GenerationPlan.EconomyCount, 1.5);
        output.Relation(id, type, GenerationPlan.EconomyId(economy),
            Doc.Say($"{alias} {verb} {GenerationPlan.EconomyName(economy)} {note}."), new Qualifiers(Note: note));
    }
}
