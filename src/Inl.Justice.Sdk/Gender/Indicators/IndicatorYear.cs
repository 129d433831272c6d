namespace Inl.Justice.Gender.Indicators;

/// <summary>The tallies reported for one year: personnel on 31 December, detainees on the census date, and the working-age population.</summary>
/// <param name="Year">The year (personnel are counted on its 31 December).</param>
/// <param name="Personnel">Personnel by category and sex; empty categories were not reported.</param>
/// <param name="Detention">Detainees by sex and sentencing status (SDG 16.3.2), or <see langword="null"/> when not reported.</param>
/// <param name="WorkingAgePopulation">The working-age population by sex, the comparator of SDG 16.7.1(c), or <see langword="null"/> when not reported.</param>
public sealed record IndicatorYear(int Year, PersonnelTally Personnel, DetentionTally? Detention = null, SexTally? WorkingAgePopulation = null)
{
    /// <summary>Gets the SDG 16.7.1(c) female representation ratio among professional judges, or <see langword="null"/> when the working-age population is not reported.</summary>
    public RepresentationRatio? JudiciaryRepresentation =>
        WorkingAgePopulation is { } population ? RepresentationRatio.ForWomen(Personnel.For(PersonnelCategory.ProfessionalJudge), population) : null;
}
