using System.Text.RegularExpressions;
using ApecGraph.Core.Model;

namespace ApecGraph.Core.Loading;

/// <summary>Checks of one entity on its own: id, kind, name, properties and what supports them.</summary>
internal static partial class EntityRules
{

    public static void Check(RawEntity entity, ValidationContext context)
    {
        var subject = entity.Subject;
        var kindKnown = Vocabulary.TryParseKind(entity.Kind, out var kind);
        if (string.IsNullOrEmpty(entity.Kind))
        {
            context.Report(entity.Location, subject, "entity has no kind");
        }
        else if (!kindKnown)
        {
            context.Report(entity.Location, subject,
                $"unknown kind \"{entity.Kind}\" (expected one of {ValidationContext.KindNames(Enum.GetValues<EntityKind>())})");
        }

        CheckId(entity, kindKnown ? kind : null, context);
        if (string.IsNullOrWhiteSpace(entity.Name))
        {
            context.Report(entity.Location, subject, "entity has no name");
        }
        if (entity.Evidence.Count == 0)
        {
            context.Report(entity.Location, subject, "entity has no evidence (at least one quote is required)");
        }
        if (kindKnown)
        {
            CheckProperties(entity, kind, context);
        }
        CheckSupports(entity, context);
    }

    private static void CheckId(RawEntity entity, EntityKind? kind, ValidationContext context)
    {
        if (string.IsNullOrEmpty(entity.Id))
        {
            context.Report(entity.Location, entity.Subject, "entity has no id");
            return;
        }
        if (!IdPattern().IsMatch(entity.Id))
        {
            context.Report(entity.Location, entity.Subject, "id must be <kind>:<slug>, lower case, slug of a-z 0-9 - . _");
            return;
        }
        var prefix = entity.Id[..entity.Id.IndexOf(':')];
        if (kind is { } known && prefix != known.ToString().ToLowerInvariant())
        {
            context.Report(entity.Location, entity.Subject,
                $"id prefix \"{prefix}:\" does not match kind {Vocabulary.KindName(known)} (expected \"{known.ToString().ToLowerInvariant()}:\")");
        }
    }

    private static void CheckProperties(RawEntity entity, EntityKind kind, ValidationContext context)
    {
        var allowed = Vocabulary.PropertiesByKind[kind];
        foreach (var property in entity.Properties)
        {
            void Report(string message) => context.Report(entity.Location.File, property.Line, entity.Subject, message);

            if (!allowed.Contains(property.Key))
            {
                Report($"unknown property \"{property.Key}\" for {Vocabulary.KindName(kind)} (allowed: {string.Join(", ", allowed)})");
                continue;
            }
            if (string.IsNullOrWhiteSpace(property.Value))
            {
                Report($"property {property.Key} is empty");
                continue;
            }
            if (!IsFileReference(kind, property.Key)
                && !entity.Evidence.Any(evidence => evidence.Supports.Contains(property.Key, StringComparer.Ordinal)))
            {
                Report($"property {property.Key} has no evidence naming it in supports");
            }
            if (property.Key is "startDate" or "endDate" or "date" or "published" && !IsoDate.IsValid(property.Value))
            {
                Report($"{property.Key} \"{property.Value}\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)");
            }
            if (property.Key == "year" && !IsoDate.IsYear(property.Value))
            {
                Report($"year \"{property.Value}\" is not a year (YYYY)");
            }
            if (kind == EntityKind.Meeting && property.Key == "format" && !Vocabulary.MeetingFormats.Contains(property.Value))
            {
                Report($"format \"{property.Value}\" is not one of {string.Join(", ", Vocabulary.MeetingFormats)}");
            }
            if (kind == EntityKind.Resolution && property.Key == "number" && !(int.TryParse(property.Value, out var number) && number > 0))
            {
                Report($"number \"{property.Value}\" is not a resolution number (a positive integer)");
            }
        }
        // The API promises a number and a year for every resolution.
        foreach (var required in kind == EntityKind.Resolution ? new[] { "number", "year" } : [])
        {
            if (!entity.Properties.Any(property => property.Key == required))
            {
                context.Report(entity.Location, entity.Subject, $"a RESOLUTION needs the property {required}");
            }
        }
    }

    private static void CheckSupports(RawEntity entity, ValidationContext context)
    {
        var keys = entity.Properties.Select(property => property.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var evidence in entity.Evidence)
        {
            foreach (var name in evidence.Supports.Where(name => !keys.Contains(name)))
            {
                context.Report(evidence.Location, entity.Subject, $"supports names \"{name}\", which is not a property of this entity");
            }
        }
    }

    // A DOCUMENT's source names the file under seeds/ it is; no text of the file states that.
    private static bool IsFileReference(EntityKind kind, string key) => kind == EntityKind.Document && key == "source";

    [GeneratedRegex("^[a-z]+:[a-z0-9._-]+$")]
    private static partial Regex IdPattern();
}
