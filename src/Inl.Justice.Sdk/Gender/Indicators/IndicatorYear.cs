using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>The tallies reported for one year: personnel on 31 December, detainees on the census date, and the working-age population.</summary>
/// <param name="Year">The year (personnel are counted on its 31 December).</param>
/// <param name="Personnel">Personnel by category and sex; empty categories were not reported.</param>
/// <param name="Detention">Detainees by sex and sentencing status (SDG 16.3.2), or <see langword="null"/> when not reported.</param>
/// <param name="WorkingAgePopulation">The working-age population by sex, the comparator of SDG 16.7.1(c), or <see langword="null"/> when not reported.</param>
public sealed record IndicatorYear(int Year, PersonnelTally Personnel, DetentionTally? Detention = null, SexTally? WorkingAgePopulation = null)
{
    private readonly int year = CheckYear(Year);
    private readonly PersonnelTally personnel = Preconditions.CheckNotNull(Personnel, nameof(Personnel));

    /// <summary>Gets the year, in [1, 9999] (checked on construction and on <c>with</c>).</summary>
    public int Year { get => year; init => year = CheckYear(value); }

    /// <summary>Gets personnel by category and sex; never null (checked on construction and on <c>with</c>).</summary>
    public PersonnelTally Personnel { get => personnel; init => personnel = Preconditions.CheckNotNull(value, nameof(Personnel)); }

    /// <summary>Gets the SDG 16.7.1(c) female representation ratio among professional judges, or <see langword="null"/> when the working-age population is not reported.</summary>
    public RepresentationRatio? JudiciaryRepresentation =>
        WorkingAgePopulation is { } population ? RepresentationRatio.ForWomen(Personnel.For(PersonnelCategory.ProfessionalJudge), population) : null;

    private static int CheckYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(Year), year, 1, 9999);
        return year;
    }
}
