namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// A way of scoring an assessment against its template. Models are pure and thread-safe; each names itself in the
/// <see cref="ScoreCard"/> it returns. Built in: <see cref="TriStateCompliance"/>, <see cref="WeightedSum"/>,
/// <see cref="MaturityStages"/>, <see cref="OecdDacGenderMarker"/> (see <see cref="ScoringModels"/>).
/// </summary>
public interface IChecklistScoringModel
{
    /// <summary>Gets the model's name, e.g. <c>tri-state</c>.</summary>
    string Name { get; }

    /// <summary>Scores <paramref name="assessment"/> against <paramref name="checklist"/>, a template, per section and overall.</summary>
    /// <remarks>
    /// Only items that apply and carry an answer of their scale are scored; "not applicable" answers, items whose
    /// <c>appliesWhen</c> is not satisfied and unanswered items are counted but never scored. The first response to an
    /// item counts; responses to unknown items are ignored (<see cref="ChecklistTemplate.Validate"/> reports them).
    /// </remarks>
    /// <exception cref="System.ArgumentException">The assessment answers another template or version.</exception>
    ScoreCard Score(ChecklistTemplate checklist, Assessment assessment);
}
