using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// Personnel counted by category and sex on a reference date — by international convention 31 December of the
/// year (UNODC UN-CTS; UN Minimum Set of Gender Indicators IV.4 and IV.5). The share of women in a category is
/// <c>For(category).WomenShare</c> = women ÷ (women + men), people of unknown sex excluded from the share and reported.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and mergeable: <c>+</c> is associative and commutative and <see cref="Empty"/> is its identity. A tally
/// does not carry its reference date; merge only tallies counted on the same date (keep one tally per year, e.g. in an
/// <see cref="IndicatorSeries"/>).
/// </para>
/// <para>
/// Counting from records counts <i>people</i>: a person with several spells in post in the same category on the
/// reference date counts once. To count a register in parts and merge the parts, partition it by person (keep all of
/// a person's records in one part), as for any count of distinct people; then the merged parts equal one pass.
/// </para>
/// </remarks>
public sealed class PersonnelTally : IEquatable<PersonnelTally>
{
    private static readonly ImmutableArray<PersonnelCategory> AllCategories = [.. Enum.GetValues<PersonnelCategory>().Order()];

    private readonly ImmutableArray<SexTally> counts;

    private PersonnelTally(ImmutableArray<SexTally> counts) => this.counts = counts;

    /// <summary>Gets the empty tally, the identity of <c>+</c>.</summary>
    public static PersonnelTally Empty { get; } = new(ImmutableArray.Create(new SexTally[AllCategories.Length]));

    /// <summary>Gets every category, in enum order.</summary>
    public static ImmutableArray<PersonnelCategory> Categories => AllCategories;

    /// <summary>Gets the reference date of the yearly personnel count: 31 December of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1, 9999].</exception>
    public static LocalDate ReferenceDate(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return new LocalDate(year, 12, 31);
    }

    /// <summary>
    /// Gets the published definition a category's count follows, with how well it was checked. Police and
    /// professional judges: UN Minimum Set of Gender Indicators IV.4 and IV.5 (UNODC metadata as published by the UN
    /// Statistics Division), read in the metadata text itself. Prosecutors and prison staff: no definition was checked.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public static Citation Definition(PersonnelCategory category) => Preconditions.CheckDefined(category, nameof(category)) switch
    {
        PersonnelCategory.Police => new Citation(
            "UN Minimum Set of Gender Indicators IV.4, percentage of female police officers (UNODC, UN-CTS): police personnel in public agencies as of 31 December; % female = female ÷ (male + female)",
            IndicatorSources.UnMinimumSetPolice, Verification.Primary),
        PersonnelCategory.ProfessionalJudge => new Citation(
            "UN Minimum Set of Gender Indicators IV.5, percentage of female judges and magistrates (UNODC, UN-CTS): professional judges or magistrates as of 31 December; % female = female ÷ (male + female)",
            IndicatorSources.UnMinimumSetJudges, Verification.Primary),
        PersonnelCategory.Prosecutor => new Citation(
            "UNODC UN-CTS, prosecution personnel by sex; counted on 31 December by analogy with IV.4 and IV.5",
            null, Verification.Unverified, "The UN-CTS definition of prosecution personnel was not read; the 31 December convention is assumed."),
        _ => new Citation(
            "Prison staff by sex; counted on 31 December by analogy with IV.4 and IV.5",
            null, Verification.Unverified, "No international definition of prison staff was checked."),
    };

    /// <summary>Gets the tally for one category (empty when nobody was counted in it).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public SexTally For(PersonnelCategory category) => counts[Index(category)];

    /// <summary>Gets the tally of all categories together (a person in two categories counts twice).</summary>
    public SexTally All => counts.Aggregate(SexTally.Empty, (a, b) => a + b);

    /// <summary>Returns the tally with one more person of the given sex in the given category.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> or <paramref name="sex"/> is not a defined value.</exception>
    public PersonnelTally Add(PersonnelCategory category, Sex sex)
    {
        var i = Index(category);
        return new PersonnelTally(counts.SetItem(i, counts[i].Add(sex)));
    }

    /// <summary>Returns the tally with a whole <see cref="SexTally"/> added to one category (input given as tallies rather than records).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not a defined value.</exception>
    public PersonnelTally Add(PersonnelCategory category, SexTally tally)
    {
        var i = Index(category);
        return new PersonnelTally(counts.SetItem(i, counts[i] + tally));
    }

    /// <summary>Combines two tallies (the named twin of <c>+</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public PersonnelTally Merge(PersonnelTally other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var merged = new SexTally[counts.Length];
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = counts[i] + other.counts[i];
        }
        return new PersonnelTally(ImmutableArray.Create(merged));
    }

    /// <summary>Combines two tallies: counts add up per category and sex. Associative and commutative, with <see cref="Empty"/> as identity.</summary>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    public static PersonnelTally operator +(PersonnelTally left, PersonnelTally right) =>
        Preconditions.CheckNotNull(left, nameof(left)).Merge(right);

    /// <summary>
    /// Counts the people in post on 31 December of <paramref name="year"/> (see <see cref="CountOn"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1, 9999].</exception>
    /// <exception cref="ArgumentException">Two records of the same person in post in the same category on that date disagree on the person's sex.</exception>
    public static PersonnelTally Count(IEnumerable<PersonnelRecord> records, int year) => CountOn(records, ReferenceDate(year));

    /// <summary>
    /// Counts the people in post on <paramref name="date"/> (<see cref="PersonnelRecord.IsInPostOn"/>: both ends
    /// inclusive), by category and sex. People not in post on that date never count. A person with several records
    /// in post in the same category counts once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two records of the same person in post in the same category on that date disagree on the person's sex.</exception>
    public static PersonnelTally CountOn(IEnumerable<PersonnelRecord> records, LocalDate date)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var seen = new Dictionary<(PersonnelCategory, PersonId), Sex>();
        var tallies = new SexTally[AllCategories.Length];
        foreach (var r in records)
        {
            Preconditions.CheckNotNull(r, nameof(records));
            if (!r.IsInPostOn(date))
            {
                continue;
            }
            if (seen.TryGetValue((r.Category, r.Person), out var sex))
            {
                Preconditions.CheckArgument(sex == r.Sex, nameof(records), $"Person '{r.Person}' is in post as {r.Category} on {date:uuuu-MM-dd} in two records that disagree on sex ({sex}, {r.Sex})");
                continue;
            }
            seen.Add((r.Category, r.Person), r.Sex);
            var i = Index(r.Category);
            tallies[i] = tallies[i].Add(r.Sex);
        }
        return new PersonnelTally(ImmutableArray.Create(tallies));
    }

    /// <inheritdoc/>
    public bool Equals(PersonnelTally? other) => other is not null && counts.SequenceEqual(other.counts);

    /// <summary>Value equality: the same counts in every category and sex.</summary>
    public static bool operator ==(PersonnelTally? left, PersonnelTally? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PersonnelTally? left, PersonnelTally? right) => !(left == right);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PersonnelTally);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var c in counts)
        {
            hash.Add(c);
        }
        return hash.ToHashCode();
    }

    /// <summary>Lists the non-empty categories, culture-invariant: <c>Police: women 3, men 9, unknown 0 (women 25.0 %)</c>.</summary>
    public override string ToString()
    {
        var parts = AllCategories.Where(c => For(c) != SexTally.Empty).Select(c => $"{c}: {For(c)}").ToList();
        return parts.Count == 0 ? "(empty)" : string.Join("; ", parts);
    }

    private static int Index(PersonnelCategory category) => (int)Preconditions.CheckDefined(category, nameof(category)) - 1;
}
