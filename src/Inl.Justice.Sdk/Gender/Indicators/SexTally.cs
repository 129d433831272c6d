using System;
using System.Collections.Generic;
using System.Globalization;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// Counts of people by sex — women, men and people whose sex is not recorded — with the share of women among those
/// whose sex is known. An immutable, mergeable accumulator: <c>+</c> is associative and commutative and
/// <see cref="Empty"/> is its identity, so tallies counted in any partition (threads, offices, workers) combine to
/// the tally of the whole.
/// </summary>
/// <remarks>
/// <para>
/// The share follows UNODC's recommendation for the UN Minimum Set of Gender Indicators IV.4 (police) and IV.5
/// (judges): compute female ÷ (male + female) rather than female ÷ total, because some personnel are of unknown
/// sex. People of unknown sex are therefore excluded from <see cref="WomenShare"/> but kept in <see cref="Unknown"/>
/// and <see cref="Total"/> so that reports can show how many were left out.
/// </para>
/// <para>The default value is <see cref="Empty"/>. Counts are checked: a sum beyond <see cref="long.MaxValue"/> throws <see cref="OverflowException"/>.</para>
/// </remarks>
public readonly record struct SexTally
{
    /// <summary>Creates a tally.</summary>
    /// <param name="women">Number of women; not negative.</param>
    /// <param name="men">Number of men; not negative.</param>
    /// <param name="unknown">Number of people whose sex is not recorded; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public SexTally(long women, long men, long unknown = 0)
    {
        CheckCount(nameof(women), women);
        CheckCount(nameof(men), men);
        CheckCount(nameof(unknown), unknown);
        Women = women;
        Men = men;
        Unknown = unknown;
    }

    /// <summary>Gets the empty tally (all counts zero), the identity of <c>+</c>.</summary>
    public static SexTally Empty => default;

    /// <summary>Gets the number of women.</summary>
    public long Women { get; }

    /// <summary>Gets the number of men.</summary>
    public long Men { get; }

    /// <summary>Gets the number of people whose sex is not recorded (excluded from <see cref="WomenShare"/>).</summary>
    public long Unknown { get; }

    /// <summary>Gets the number of people whose sex is known: <see cref="Women"/> + <see cref="Men"/>, the denominator of <see cref="WomenShare"/>.</summary>
    public long Known => checked(Women + Men);

    /// <summary>Gets everyone counted, including people of unknown sex.</summary>
    public long Total => checked(Women + Men + Unknown);

    /// <summary>
    /// Gets the share of women among people of known sex, women ÷ (women + men), in [0, 1]; <see langword="null"/>
    /// when no woman or man was counted. People of unknown sex never change it.
    /// </summary>
    public double? WomenShare => Known == 0 ? null : (double)Women / Known;

    /// <summary>Gets the count for one sex.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not a defined <see cref="Sex"/>.</exception>
    public long For(Sex sex) => Preconditions.CheckDefined(sex, nameof(sex)) switch
    {
        Sex.Female => Women,
        Sex.Male => Men,
        _ => Unknown,
    };

    /// <summary>Returns the tally with one more person of the given sex.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not a defined <see cref="Sex"/>.</exception>
    public SexTally Add(Sex sex) => Add(sex, 1);

    /// <summary>Returns the tally with <paramref name="count"/> more people of the given sex.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> is not a defined <see cref="Sex"/>, or <paramref name="count"/> is negative.</exception>
    public SexTally Add(Sex sex, long count)
    {
        CheckCount(nameof(count), count);
        return Preconditions.CheckDefined(sex, nameof(sex)) switch
        {
            Sex.Female => new SexTally(checked(Women + count), Men, Unknown),
            Sex.Male => new SexTally(Women, checked(Men + count), Unknown),
            _ => new SexTally(Women, Men, checked(Unknown + count)),
        };
    }

    /// <summary>Combines two tallies (the named twin of <c>+</c>).</summary>
    public SexTally Add(SexTally other) => this + other;

    /// <summary>Counts a sequence of sexes in one pass.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sexes"/> is null.</exception>
    public static SexTally Of(IEnumerable<Sex> sexes)
    {
        Preconditions.CheckNotNull(sexes, nameof(sexes));
        long women = 0, men = 0, unknown = 0;
        foreach (var sex in sexes)
        {
            switch (Preconditions.CheckDefined(sex, nameof(sexes)))
            {
                case Sex.Female: women = checked(women + 1); break;
                case Sex.Male: men = checked(men + 1); break;
                default: unknown = checked(unknown + 1); break;
            }
        }
        return new SexTally(women, men, unknown);
    }

    /// <summary>Combines two tallies: counts add up. Associative and commutative, with <see cref="Empty"/> as identity.</summary>
    public static SexTally operator +(SexTally left, SexTally right) =>
        new(checked(left.Women + right.Women), checked(left.Men + right.Men), checked(left.Unknown + right.Unknown));

    /// <summary>Formats the tally for people, culture-invariant: <c>women 12, men 30, unknown 2 (women 28.6 %)</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"women {Women}, men {Men}, unknown {Unknown} (women {Percent(WomenShare)})");

    /// <summary>A proportion in [0, 1] as a percentage with one decimal, culture-invariant (<c>28.6 %</c>), or <c>n/a</c>.</summary>
    internal static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static void CheckCount(string paramName, long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A count must not be negative");
        }
    }
}
