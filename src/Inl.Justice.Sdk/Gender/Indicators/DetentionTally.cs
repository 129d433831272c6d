using System;
using System.Globalization;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// Persons held in detention on a date, by sex and by whether they have been sentenced — the counts behind SDG
/// indicator 16.3.2, "Unsentenced detainees as a proportion of overall prison population", computed overall and by sex.
/// An immutable, mergeable accumulator: <c>+</c> is associative and commutative and <see cref="Empty"/> is its identity.
/// </summary>
/// <remarks>
/// <para>
/// Definition (SDG metadata 16.3.2, UNODC, update 2016-07-19): the total number of persons held in detention who have
/// not yet been sentenced, as a percentage of the total number of persons held in detention, on a specified date.
/// "Sentenced" means having received a decision from a competent authority on conviction or acquittal; persons with a
/// non-final decision (e.g. a conviction subject to appeal) are considered sentenced. The metadata recommends
/// disaggregation by age and sex. Verification: <see cref="Verification.Secondary"/> — read in the World Bank mirror of
/// the UN metadata (<see cref="IndicatorSources.Sdg1632"/>), and matching the text quoted by national SDG platforms.
/// </para>
/// <para>
/// <see cref="UnsentencedProportion"/> counts every detainee, whatever their recorded sex; the by-sex proportions
/// (<see cref="UnsentencedProportionOf"/>) divide within one sex, so detainees of unknown sex are in the overall
/// figure and in <see cref="Sex.Unknown"/>'s, never in women's or men's. All proportions are fractions in [0, 1]; multiply by 100 for the percentage the metadata reports.
/// </para>
/// </remarks>
public readonly record struct DetentionTally
{
    /// <summary>Creates a tally from the unsentenced and the sentenced detainees (sentenced includes non-final decisions).</summary>
    /// <param name="unsentenced">Detainees not yet sentenced, by sex.</param>
    /// <param name="sentenced">Detainees sentenced, including those with a non-final decision, by sex.</param>
    public DetentionTally(SexTally unsentenced, SexTally sentenced)
    {
        Unsentenced = unsentenced;
        Sentenced = sentenced;
    }

    /// <summary>Gets the empty tally, the identity of <c>+</c>.</summary>
    public static DetentionTally Empty => default;

    /// <summary>Gets the citation of the definition followed.</summary>
    public static Citation Definition { get; } = new(
        "SDG indicator 16.3.2 (UNODC metadata, 2016-07-19): unsentenced persons held in detention ÷ all persons held in detention, on a specified date; a non-final decision counts as sentenced",
        IndicatorSources.Sdg1632, Verification.Secondary, "Read in the World Bank mirror of the UN metadata.");

    /// <summary>Gets the detainees not yet sentenced, by sex.</summary>
    public SexTally Unsentenced { get; }

    /// <summary>Gets the detainees sentenced (including non-final decisions), by sex.</summary>
    public SexTally Sentenced { get; }

    /// <summary>Gets all detainees, by sex.</summary>
    public SexTally Total => Unsentenced + Sentenced;

    /// <summary>Gets the proportion of all detainees (any sex, unknown included) who are unsentenced, in [0, 1]; <see langword="null"/> when nobody is detained.</summary>
    public double? UnsentencedProportion => Ratio(Unsentenced.Total, Total.Total);

    /// <summary>Gets the proportion of the detainees of one sex who are unsentenced, in [0, 1]; <see langword="null"/> when nobody of that sex is detained.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not a defined value.</exception>
    public double? UnsentencedProportionOf(Sex sex) => Ratio(Unsentenced.For(sex), Total.For(sex));

    /// <summary>Builds a tally from published totals: unsentenced detainees and all detainees, by sex.</summary>
    /// <exception cref="ArgumentException">For some sex there are more unsentenced detainees than detainees.</exception>
    public static DetentionTally FromTotals(SexTally unsentenced, SexTally total)
    {
        Preconditions.CheckArgument(
            unsentenced.Women <= total.Women && unsentenced.Men <= total.Men && unsentenced.Unknown <= total.Unknown,
            nameof(unsentenced), "Unsentenced detainees must not exceed all detainees for any sex");
        return new DetentionTally(unsentenced, new SexTally(total.Women - unsentenced.Women, total.Men - unsentenced.Men, total.Unknown - unsentenced.Unknown));
    }

    /// <summary>Returns the tally with one more detainee of the given sex and status (<see cref="DetentionStatus.NonFinalDecision"/> counts as sentenced).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> or <paramref name="status"/> is not a defined value.</exception>
    public DetentionTally Add(Sex sex, DetentionStatus status) =>
        IsUnsentenced(status) ? new DetentionTally(Unsentenced.Add(sex), Sentenced) : new DetentionTally(Unsentenced, Sentenced.Add(sex));

    /// <summary>Combines two tallies (the named twin of <c>+</c>).</summary>
    public DetentionTally Add(DetentionTally other) => this + other;

    /// <summary>Whether a status counts as unsentenced for SDG 16.3.2: only <see cref="DetentionStatus.Unsentenced"/> does; a non-final decision counts as sentenced.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static bool IsUnsentenced(DetentionStatus status) => Preconditions.CheckDefined(status, nameof(status)) == DetentionStatus.Unsentenced;

    /// <summary>Combines two tallies: counts add up. Associative and commutative, with <see cref="Empty"/> as identity.</summary>
    public static DetentionTally operator +(DetentionTally left, DetentionTally right) =>
        new(left.Unsentenced + right.Unsentenced, left.Sentenced + right.Sentenced);

    /// <summary>Formats the tally for people, culture-invariant.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"unsentenced {Unsentenced.Total} of {Total.Total} ({SexTally.Percent(UnsentencedProportion)}); women {SexTally.Percent(UnsentencedProportionOf(Sex.Female))}, men {SexTally.Percent(UnsentencedProportionOf(Sex.Male))}");

    private static double? Ratio(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
