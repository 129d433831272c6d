using System.Collections.Immutable;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// The published definitions the indicators follow. The <see cref="Common.Citation.Source"/> of every indicator
/// citation is the <see cref="PackSource.Id"/> of one of these.
/// </summary>
public static class IndicatorSources
{
    /// <summary>Id of the UN Minimum Set of Gender Indicators IV.4 metadata (female police personnel; UNODC via UNSD).</summary>
    public const string UnMinimumSetPolice = "un-minimum-set-iv4";

    /// <summary>Id of the UN Minimum Set of Gender Indicators IV.5 metadata (female judges and magistrates; UNODC via UNSD).</summary>
    public const string UnMinimumSetJudges = "un-minimum-set-iv5";

    /// <summary>Id of the SDG indicator 16.3.2 metadata (UNODC, custodian).</summary>
    public const string Sdg1632 = "sdg-16-3-2";

    /// <summary>Id of the SDG indicator 16.7.1(c) metadata (UNDP Oslo Governance Centre, custodian).</summary>
    public const string Sdg1671c = "sdg-16-7-1c";

    /// <summary>Gets every source, with where it was read.</summary>
    public static ImmutableArray<PackSource> All { get; } =
    [
        new(UnMinimumSetPolice, "UN Minimum Set of Gender Indicators, IV.4 Percentage of female police officers — metadata (received from UNODC 12 Dec 2019)",
            "https://github.com/UNStats/gender_data_portal/blob/master/metadata_md/IV_4__Ib3320b80__metadata.md"),
        new(UnMinimumSetJudges, "UN Minimum Set of Gender Indicators, IV.5 Percentage of female judges and magistrates — metadata (received from UNODC 12 Dec 2019)",
            "https://github.com/UNStats/gender_data_portal/blob/master/metadata_md/IV_5__I5aac0815__metadata.md"),
        new(Sdg1632, "SDG indicator metadata 16.3.2, Unsentenced detainees as a proportion of overall prison population (UNODC; update 2016-07-19)",
            "https://worldbank.github.io/sdg-metadata/metadata/en/16-3-2/",
            "Read in the World Bank mirror of the UN metadata, not on unstats.un.org."),
        new(Sdg1671c, "SDG indicator metadata 16.7.1(c), Proportions of positions in the judiciary compared to national distributions (UNDP Oslo Governance Centre; update 2022-03-31)",
            "https://worldbank.github.io/sdg-metadata/metadata/en/16-7-1c/",
            "Read in the World Bank mirror of the UN metadata, not on unstats.un.org."),
    ];
}
