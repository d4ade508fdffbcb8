using System.Globalization;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Generation;

/// <summary>Writes one meeting record: a source document reporting a meeting, with the meeting, its sessions, the
/// officials who took part and the proposals made there, and every relation among them and to the shared entities,
/// each quoted from that document.</summary>
internal sealed class MeetingRecord(GenerationPlan plan, SeedOutput output, int u, RecordShape shape)
{
    private readonly MeetingName meeting = MeetingName.Of(u);
    private readonly SourceDocument doc = new(Inv($"document:record-{u + 1:D6}"), Inv($"record-{u + 1:D6}.txt"));
    private Rng rng = Rng.For(plan.Seed, u, 0, Salts.Record);
    private string M => meeting.Alias;

    public void Write(string seedsDirectory)
    {
        var day = new DateOnly(meeting.Year, 1 + rng.Int(12), 1 + rng.Int(26));
        WriteDocument(day.AddDays(rng.Between(1, 40)));
        WriteMeeting(day);
        var officials = Enumerable.Range(0, shape.People).Select(k => Official.Of(plan.Seed, u, k)).ToArray();
        WriteSessions(officials);
        WriteOfficials(officials);
        WriteReturning();
        WriteProposals(officials, day);
        doc.WriteTo(seedsDirectory);
    }

    private void WriteDocument(DateOnly published)
    {
        var title = $"Record of the {M}";
        var precision = Words.Precision(ref rng);
        var (iso, words) = Words.Date(published, precision);
        var quote = doc.Say($"{title}, a meeting record published {(precision == 0 ? "on" : "in")} {words}.", "title", "category", "published");
        output.Entity(EntityKind.Document, doc.Id, title, null,
            [("title", title), ("source", doc.FileName), ("published", iso), ("category", "meeting-record")], quote);
        output.Relation(meeting.Id, "ISSUED", doc.Id, doc.Say($"The {M} issued the {title}."));
        output.Relation(GenerationPlan.ApecId, "PUBLISHED", doc.Id, doc.Say($"APEC published the {title}."));
    }

    private void WriteMeeting(DateOnly day)
    {
        var host = rng.Skewed(GenerationPlan.EconomyCount, 1.5);
        var format = meeting.Year is 2020 or 2021 ? "VIRTUAL" : meeting.Year >= 2022 && rng.Chance(0.3) ? "HYBRID" : "IN_PERSON";
        var precision = Words.Precision(ref rng);
        var (start, startWords) = Words.Date(day, precision);
        List<(string, string)> properties = [("startDate", start), ("format", format)];
        List<string> supports = ["startDate", "format"];
        var when = precision == 0 ? $"on {startWords}" : $"in {startWords}";
        if (precision == 0 && rng.Chance(0.5))
        {
            var (end, endWords) = Words.Date(day.AddDays(rng.Between(1, 3)), 0);
            properties.Add(("endDate", end));
            supports.Add("endDate");
            when = $"from {startWords} to {endWords}";
        }
        if (precision == 2)
        {
            properties.Add(("year", start));
            supports.Add("year");
        }
        var where = "virtually";
        if (format != "VIRTUAL")
        {
            var city = Words.Economies[host].City;
            properties.Add(("city", city));
            supports.Add("city");
            where = (format == "HYBRID" ? "in a hybrid format in " : "in person in ") + city;
        }
        var own = doc.Say($"The {meeting.Name} ({M}) was held {where} {when}.", [.. supports]);
        output.Entity(EntityKind.Meeting, meeting.Id, meeting.Name, [M], properties, own);

        output.Relation(GenerationPlan.ApecId, "ORGANISED", meeting.Id, doc.Say($"The {M} was organised by APEC."));
        if (rng.Chance(0.5))
        {
            var body = plan.Body(ref rng);
            output.Relation(plan.OrganisationId(body), "ORGANISED", meeting.Id, doc.Say($"The {M} was organised by {plan.OrganisationRef(body)}."));
        }
        var hostName = GenerationPlan.EconomyName(host);
        output.Relation(GenerationPlan.EconomyId(host), "HOSTED", meeting.Id, doc.Say($"{hostName} hosted the {M}."));
        if (rng.Chance(0.9))
        {
            output.Relation(GenerationPlan.EconomyId(host), "CHAIRED", meeting.Id, doc.Say($"{hostName} chaired the {M}."));
        }
        foreach (var economy in Distinct(shape.Participants, GenerationPlan.EconomyCount))
        {
            output.Relation(GenerationPlan.EconomyId(economy), "PARTICIPATED_IN", meeting.Id,
                doc.Say($"{GenerationPlan.EconomyName(economy)} took part in the {M}."));
        }
        if (MeetingName.Previous(u) is { } previous)
        {
            output.Relation(previous.Id, "PRECEDES", meeting.Id, doc.Say($"The {previous.Alias} was followed by the {M}."));
        }
        var topic = plan.Topic(ref rng);
        output.Relation(meeting.Id, "ABOUT", GenerationPlan.TopicId(topic), doc.Say($"The {M} was about the {GenerationPlan.TopicName(topic)}."));
        var second = plan.Topic(ref rng);
        if (second != topic && rng.Chance(0.5))
        {
            output.Relation(meeting.Id, "ABOUT", GenerationPlan.TopicId(second), doc.Say($"The {M} also took up the {GenerationPlan.TopicName(second)}."));
        }
    }

    private string SessionId(int i) => Inv($"{meeting.Id}-s{i}");

    private void WriteSessions(Official[] officials)
    {
        for (var i = 1; i <= shape.Sessions; i++)
        {
            var name = Inv($"Session {i} of the {M}");
            var own = doc.Say($"{name} was the {Words.Ordinal(i)} session of the {meeting.Name}.", "category", "order");
            output.Entity(EntityKind.Meeting, SessionId(i), name, null, [("category", "session"), ("order", Inv($"{i}"))], own);
            output.Relation(SessionId(i), "PART_OF", meeting.Id, own);
            if (i > 1)
            {
                output.Relation(SessionId(i - 1), "PRECEDES", SessionId(i), doc.Say(Inv($"Session {i - 1} of the {M} was followed by {name}.")));
            }
            if (rng.Chance(0.7))
            {
                var topic = plan.Topic(ref rng);
                output.Relation(SessionId(i), "ABOUT", GenerationPlan.TopicId(topic), doc.Say($"{name} was about the {GenerationPlan.TopicName(topic)}."));
            }
            if (officials.Length > 0)
            {
                var chair = officials[rng.Int(officials.Length)];
                output.Relation(chair.Id, "CHAIRED", SessionId(i), doc.Say($"{chair.Name} chaired {name}."));
            }
        }
    }

    private void WriteOfficials(Official[] officials)
    {
        foreach (var official in officials)
        {
            var economy = GenerationPlan.EconomyName(official.Economy);
            var ministry = plan.MinistryOf(official.Economy, ref rng);
            var (postId, post) = ministry >= 0 && rng.Chance(0.8)
                ? (plan.OrganisationId(ministry), $"{official.Role} at {plan.OrganisationRef(ministry)}")
                : (GenerationPlan.EconomyId(official.Economy), $"{official.Role} of {economy}");
            var own = doc.Say($"{official.Honorific} {official.Name} was {post}.", "honorific");
            output.Entity(EntityKind.Person, official.Id, official.Name, null, [("honorific", official.Honorific)], own);
            output.Relation(official.Id, "HOLDS_POST", postId, own, new Qualifiers(Role: official.Role));
            output.Relation(official.Id, "BELONGS_TO", GenerationPlan.EconomyId(official.Economy), doc.Say($"{official.Name} is an official of {economy}."));
            output.Relation(official.Id, "PARTICIPATED_IN", meeting.Id, doc.Say($"{official.Name} took part in the {M}."));
            if (rng.Chance(0.8))
            {
                var topic = GenerationPlan.TopicName(plan.Topic(ref rng));
                output.Relation(official.Id, "SPOKE_AT", meeting.Id, doc.Say($"{official.Name} spoke at the {M} on the {topic}."), new Qualifiers(Note: topic));
            }
            if (shape.Sessions > 0 && rng.Chance(0.6))
            {
                var i = 1 + rng.Int(shape.Sessions);
                output.Relation(official.Id, "PRESENTED_AT", SessionId(i), doc.Say($"{official.Name} gave a presentation at Session {i} of the {M}."));
            }
            if (rng.Chance(0.3))
            {
                var host = GenerationPlan.EconomyName(official.Economy);
                output.Relation(GenerationPlan.EconomyId(official.Economy), "INVITED", official.Id,
                    doc.Say($"{host} invited {official.Name} to the {M}."), new Qualifiers(Note: $"to the {M}"));
            }
        }
    }

    // Officials of earlier records (up to 40 back) who come again: the names recur across the three decades.
    private void WriteReturning()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < shape.Returning && u > 0; r++)
        {
            var earlier = u - 1 - rng.Int(Math.Min(u, 40));
            var people = RecordShape.Of(plan.Seed, earlier).People;
            if (people == 0) continue;
            var official = Official.Of(plan.Seed, earlier, rng.Int(people));
            if (!seen.Add(official.Id)) continue;
            output.Relation(official.Id, "PARTICIPATED_IN", meeting.Id, doc.Say($"{official.Name} took part in the {M}."));
        }
    }

    private static readonly (string Status, string Verb)[] Deliberations =
        [("ENDORSED", "endorsed"), ("DELIBERATED", "deliberated"), ("DELIBERATED", "discussed")];

    private void WriteProposals(Official[] officials, DateOnly day)
    {
        (string Id, string Name)? previous = null;
        for (var j = 1; j <= shape.Proposals; j++)
        {
            var area = Words.Areas[rng.Skewed(Words.Areas.Length, 1.5)];
            var (noun, category) = Words.ProposalNouns[rng.Int(Words.ProposalNouns.Length)];
            var id = Inv($"proposal:{Words.Slug($"{area} {noun}")}-{meeting.Year}-{u + 1}-{j}");
            var name = Inv($"{area} {noun} {meeting.Year}-{u + 1}.{j}");
            var alias = rng.Chance(0.4) ? Inv($"{Words.Initials($"{area} {noun}")} {meeting.Year}-{u + 1}.{j}") : null;
            var (status, statusWords) = Words.Statuses[rng.Int(Words.Statuses.Length)];
            var (date, dateWords) = Words.Date(day, Words.Precision(ref rng));
            var article = category[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
            var own = doc.Say($"The {name}{(alias is null ? "" : $" ({alias})")}, {article} {category} of {dateWords}, {statusWords}.",
                "title", "category", "date", "status");
            output.Entity(EntityKind.Proposal, id, name, alias is null ? null : [alias],
                [("title", name), ("category", category), ("date", date), ("status", status)], own);
            WriteProposers(id, name);
            if (rng.Chance(0.9))
            {
                var (deliberated, verb) = Deliberations[rng.Int(Deliberations.Length)];
                output.Relation(id, "DELIBERATED_AT", meeting.Id, doc.Say($"The {name} was {verb} at the {M}."), new Qualifiers(Status: deliberated));
            }
            if (rng.Chance(0.9))
            {
                var topic = plan.Topic(ref rng);
                output.Relation(id, "ABOUT", GenerationPlan.TopicId(topic), doc.Say($"The {name} is about the {GenerationPlan.TopicName(topic)}."));
            }
            if (officials.Length > 0 && rng.Chance(0.6))
            {
                var presenter = officials[rng.Int(officials.Length)];
                output.Relation(presenter.Id, "PRESENTED", id, doc.Say($"{presenter.Name} presented the {name}."));
            }
            if (rng.Chance(0.1))
            {
                var resolution = rng.Skewed(plan.Resolutions, 2);
                output.Relation(id, "CITES", plan.ResolutionId(resolution), doc.Say($"The {name} cites {GenerationPlan.ResolutionAlias(resolution)}."));
            }
            if (rng.Chance(0.3))
            {
                var body = plan.Body(ref rng);
                output.Relation(id, "ADDRESSED_TO", plan.OrganisationId(body), doc.Say($"The {name} is addressed to {plan.OrganisationRef(body)}."));
            }
            if (previous is { } earlier && rng.Chance(0.1))
            {
                output.Relation(id, "OPERATIONALISES", earlier.Id, doc.Say($"The {name} puts the {earlier.Name} into practice."));
            }
            if (category is "statement" or "declaration")
            {
                output.Relation(meeting.Id, "ISSUED", id, doc.Say($"The {M} issued the {name}."));
            }
            previous = (id, name);
        }
    }

    private void WriteProposers(string id, string name)
    {
        var count = rng.Double() switch { < 0.65 => 1, < 0.85 => 2, _ => rng.Between(3, 4) };
        if (count == 1 && rng.Chance(0.1))
        {
            var body = plan.Body(ref rng);
            var by = plan.OrganisationRef(body);
            output.Relation(plan.OrganisationId(body), "PROPOSED", id, doc.Say($"{char.ToUpperInvariant(by[0])}{by[1..]} proposed the {name} at the {M}."));
            return;
        }
        var proposers = Distinct(count, GenerationPlan.EconomyCount);
        var names = proposers.Select(GenerationPlan.EconomyName).ToArray();
        if (count == 1)
        {
            output.Relation(GenerationPlan.EconomyId(proposers[0]), "PROPOSED", id, doc.Say($"{names[0]} proposed the {name} at the {M}."));
            return;
        }
        var joint = doc.Say($"{string.Join(", ", names[..^1])} and {names[^1]} jointly proposed the {name}.");
        foreach (var economy in proposers)
        {
            output.Relation(GenerationPlan.EconomyId(economy), "PROPOSED", id, joint, new Qualifiers(Role: "joint proposer"));
        }
    }

    /// <summary><paramref name="count"/> distinct numbers below <paramref name="n"/>, skewed towards the first ones.</summary>
    private int[] Distinct(int count, int n)
    {
        var picked = new List<int>(count);
        while (picked.Count < Math.Min(count, n))
        {
            var pick = rng.Skewed(n, 1.5);
            while (picked.Contains(pick)) pick = (pick + 1) % n;
            picked.Add(pick);
        }
        return [.. picked];
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
