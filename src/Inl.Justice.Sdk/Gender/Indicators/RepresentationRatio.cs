using System;
using System.Globalization;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// SDG indicator 16.7.1(c), female representation ratio in the judiciary: the proportion of women among judges (or
/// registrars, at one level of court or overall) ÷ the proportion of women in the comparator population. 1 means
/// parity with the population, below 1 under-representation, above 1 over-representation, 0 no women at all.
/// </summary>
/// <remarks>
/// <para>
/// Definition (SDG metadata 16.7.1(c), UNDP Oslo Governance Centre, update 2022-03-31, section 4.c): "Female
/// representation ratio: Proportion of female personnel at respective level of courts / Proportion of women in the
/// working-age population". The comparator is the <b>working-age population</b> — the ages above the eligibility age
/// for the position and below its mandatory retirement age, which each country defines — not the total population.
/// Global reporting focuses on the ratio across all levels of courts. Positions are counted as a snapshot on
/// 31 December. Verification: <see cref="Verification.Secondary"/> (World Bank mirror of the UN metadata,
/// <see cref="IndicatorSources.Sdg1671c"/>).
/// </para>
/// <para>
/// Deviation: the metadata asks for part-time posts in full-time equivalents, counting only permanent posts actually
/// filled. <see cref="SexTally"/> counts heads; convert to full-time equivalents before tallying if the data allow.
/// Shares on both sides are women ÷ (women + men): people of unknown sex are excluded and reported in the tallies.
/// </para>
/// </remarks>
public sealed record RepresentationRatio
{
    private RepresentationRatio(SexTally positions, double? shareInPopulation)
    {
        Positions = positions;
        ShareInPopulation = shareInPopulation;
    }

    /// <summary>Gets the citation of the definition followed.</summary>
    public static Citation Definition { get; } = new(
        "SDG indicator 16.7.1(c) (UNDP metadata, 2022-03-31, 4.c): proportion of female personnel in the judiciary ÷ proportion of women in the working-age population",
        IndicatorSources.Sdg1671c, Verification.Secondary,
        "Read in the World Bank mirror of the UN metadata. Working-age bounds (eligibility age, mandatory retirement age) are national and supplied by the caller.");

    /// <summary>Gets the positions counted by sex (judges or registrars).</summary>
    public SexTally Positions { get; }

    /// <summary>Gets the share of women among the positions, women ÷ (women + men); <see langword="null"/> when no woman or man holds one.</summary>
    public double? ShareInPositions => Positions.WomenShare;

    /// <summary>Gets the share of women in the comparator (working-age) population; <see langword="null"/> when it is unknown.</summary>
    public double? ShareInPopulation { get; }

    /// <summary>Gets the representation ratio <see cref="ShareInPositions"/> ÷ <see cref="ShareInPopulation"/>; <see langword="null"/> when either is unknown or the population share is 0.</summary>
    public double? Ratio => ShareInPositions is { } p && ShareInPopulation is { } q && q > 0 ? p / q : null;

    /// <summary>The ratio for women, with the working-age population given as counts by sex.</summary>
    /// <param name="positions">Judges (or registrars) in post on 31 December, by sex.</param>
    /// <param name="workingAgePopulation">The population between the eligibility age and the mandatory retirement age for the position, by sex.</param>
    public static RepresentationRatio ForWomen(SexTally positions, SexTally workingAgePopulation) =>
        new(positions, workingAgePopulation.WomenShare);

    /// <summary>The ratio for women, with the share of women in the working-age population given directly.</summary>
    /// <param name="positions">Judges (or registrars) in post on 31 December, by sex.</param>
    /// <param name="womenShareOfWorkingAgePopulation">The share of women in the working-age population, in (0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="womenShareOfWorkingAgePopulation"/> is not in (0, 1].</exception>
    public static RepresentationRatio ForWomen(SexTally positions, double womenShareOfWorkingAgePopulation)
    {
        if (!(womenShareOfWorkingAgePopulation > 0 && womenShareOfWorkingAgePopulation <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(womenShareOfWorkingAgePopulation), womenShareOfWorkingAgePopulation, "A population share must be in (0, 1]");
        }
        return new(positions, womenShareOfWorkingAgePopulation);
    }

    /// <summary>Formats the ratio for people, culture-invariant: <c>0.82 (women 41.0 % of positions, 50.0 % of the working-age population)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} (women {SexTally.Percent(ShareInPositions)} of positions, {SexTally.Percent(ShareInPopulation)} of the working-age population)");

}
