namespace ApecGraph.Core.Model;

/// <summary>How a source states a relation: as what happened or holds, or as what is only planned or expected.
/// Written in graph-seeds as <c>modality: PLANNED</c> or <c>modality: EXPECTED</c>; absent means <see cref="Actual"/>.</summary>
public enum Modality
{
    /// <summary>Stated as done, or as holding (the default).</summary>
    Actual,
    /// <summary>Stated as intended or scheduled: "the planned meeting", "to be held".</summary>
    Planned,
    /// <summary>Stated as to come: "will be submitted", "is expected to".</summary>
    Expected,
}
