using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>
/// Personnel counted on 31 December (UN Minimum Set of Gender Indicators IV.4 police, IV.5 judges: personnel "as of
/// 31 December"; % female = female ÷ (male + female)).
/// </summary>
[Properties(Arbitrary = [typeof(IndicatorArbitraries)], MaxTest = 200)]
public sealed class PersonnelTallyTests
{
    private static PersonnelRecord R(string id, Sex sex, PersonnelCategory category, string start, string? end = null) =>
        new(new PersonId(id), sex, category, LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)),
            end is null ? null : LocalDate.FromDateTime(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

    [Property]
    public Property Splitting_a_register_into_any_parts_and_merging_equals_one_pass(RegisterCase c)
    {
        var whole = PersonnelTally.Count(c.Records, c.Year);
        var merged = c.Partition().Select(part => PersonnelTally.Count(part, c.Year)).Aggregate(PersonnelTally.Empty, (a, b) => a + b);
        return (merged == whole).ToProperty().Classify(c.Parts.Distinct().Count() > 1, "several parts").Classify(whole.All.Total == 0, "nobody in post");
    }

    [Property]
    public bool A_person_not_in_post_on_31_December_never_counts(RegisterCase c)
    {
        var inPost = c.Records.Where(r => r.IsInPostOn(c.ReferenceDate)).ToList();
        return PersonnelTally.Count(c.Records, c.Year) == PersonnelTally.Count(inPost, c.Year)
            && PersonnelTally.Count(c.Records, c.Year).All.Total == inPost.Count
            && PersonnelTally.Count(c.Records.Except(inPost), c.Year) == PersonnelTally.Empty;
    }

    [Property]
    public bool Counting_is_the_same_in_any_order(RegisterCase c) =>
        PersonnelTally.Count(c.Records.Reverse(), c.Year) == PersonnelTally.Count(c.Records, c.Year);

    [Property]
    public bool A_person_with_a_second_spell_in_the_same_post_counts_once(RegisterCase c) =>
        PersonnelTally.Count(c.Records.Concat(c.Records), c.Year) == PersonnelTally.Count(c.Records, c.Year);

    [Fact]
    public void Both_ends_of_a_spell_are_inclusive()
    {
        var year = 2024;
        PersonnelRecord[] records =
        [
            R("ends-on-31-dec", Sex.Female, PersonnelCategory.Police, "2010-03-01", "2024-12-31"),   // in post on 31 Dec: counts
            R("starts-on-31-dec", Sex.Female, PersonnelCategory.Police, "2024-12-31"),               // first day 31 Dec: counts
            R("left-30-dec", Sex.Female, PersonnelCategory.Police, "2015-01-01", "2024-12-30"),      // gone by 31 Dec: not counted
            R("starts-1-jan", Sex.Male, PersonnelCategory.Police, "2025-01-01"),                     // not yet in post: not counted
            R("one-day", Sex.Male, PersonnelCategory.Police, "2024-12-31", "2024-12-31"),            // one-day spell on 31 Dec: counts
        ];
        var tally = PersonnelTally.Count(records, year).For(PersonnelCategory.Police);
        Assert.Equal(new SexTally(2, 1, 0), tally);
    }

    /// <summary>
    /// Worked example (IV.4 and IV.5 formula, hand-computed). Register on 31 December 2024:
    /// police in post — women A, B, C; men D, E, F, G, H; unknown I; (J, a woman, retired 2024-06-30, does not count).
    /// Share = 3 ÷ (3 + 5) = 0.375; the unknown officer is excluded from the share and reported (total 9).
    /// Judges in post — women K, L; men M; so 2 ÷ 3 = 0.6667. K is also an acting prosecutor: she counts in both categories.
    /// </summary>
    [Fact]
    public void Worked_example_share_of_women_police_and_judges_on_31_December_2024()
    {
        PersonnelRecord[] records =
        [
            R("A", Sex.Female, PersonnelCategory.Police, "2001-09-01"),
            R("B", Sex.Female, PersonnelCategory.Police, "2019-02-15", "2026-02-14"),
            R("C", Sex.Female, PersonnelCategory.Police, "2024-12-01"),
            R("D", Sex.Male, PersonnelCategory.Police, "1998-05-04"),
            R("E", Sex.Male, PersonnelCategory.Police, "2003-01-01"),
            R("F", Sex.Male, PersonnelCategory.Police, "2010-10-10", "2024-12-31"),
            R("G", Sex.Male, PersonnelCategory.Police, "2012-07-01"),
            R("H", Sex.Male, PersonnelCategory.Police, "2022-03-01"),
            R("I", Sex.Unknown, PersonnelCategory.Police, "2020-01-06"),
            R("J", Sex.Female, PersonnelCategory.Police, "1990-01-01", "2024-06-30"),
            R("K", Sex.Female, PersonnelCategory.ProfessionalJudge, "2015-09-01"),
            R("K", Sex.Female, PersonnelCategory.Prosecutor, "2024-11-01", "2025-01-31"),
            R("L", Sex.Female, PersonnelCategory.ProfessionalJudge, "2018-09-01"),
            R("M", Sex.Male, PersonnelCategory.ProfessionalJudge, "2005-09-01"),
        ];

        var census = PersonnelTally.Count(records, 2024);

        var police = census.For(PersonnelCategory.Police);
        Assert.Equal(new SexTally(3, 5, 1), police);
        Assert.Equal(9, police.Total);
        Assert.Equal(0.375, police.WomenShare);
        Assert.Equal(2.0 / 3.0, census.For(PersonnelCategory.ProfessionalJudge).WomenShare);
        Assert.Equal(new SexTally(1, 0, 0), census.For(PersonnelCategory.Prosecutor));
        Assert.Equal(SexTally.Empty, census.For(PersonnelCategory.PrisonStaff));
        Assert.Null(census.For(PersonnelCategory.PrisonStaff).WomenShare);
        Assert.Equal("Police: women 3, men 5, unknown 1 (women 37.5 %); ProfessionalJudge: women 2, men 1, unknown 0 (women 66.7 %); Prosecutor: women 1, men 0, unknown 0 (women 100.0 %)", census.ToString());

        // The same police count given as a published tally instead of records.
        Assert.Equal(census.For(PersonnelCategory.Police), PersonnelTally.Empty.Add(PersonnelCategory.Police, new SexTally(3, 5, 1)).For(PersonnelCategory.Police));
    }

    [Fact]
    public void Records_of_one_person_that_disagree_on_sex_are_rejected()
    {
        PersonnelRecord[] records =
        [
            R("X", Sex.Female, PersonnelCategory.Police, "2020-01-01"),
            R("X", Sex.Male, PersonnelCategory.Police, "2021-01-01"),
        ];
        var e = Assert.Throws<ArgumentException>(() => PersonnelTally.Count(records, 2024));
        Assert.Contains("disagree on sex", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_are_validated()
    {
        Assert.Throws<ArgumentException>(() => R("X", Sex.Female, PersonnelCategory.Police, "2020-01-02", "2020-01-01"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonnelRecord(new PersonId("X"), (Sex)0, PersonnelCategory.Police, new LocalDate(2020, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PersonnelRecord(new PersonId("X"), Sex.Male, (PersonnelCategory)9, new LocalDate(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => new PersonnelRecord(default, Sex.Male, PersonnelCategory.Police, new LocalDate(2020, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PersonnelTally.ReferenceDate(0));
        Assert.Equal(new LocalDate(2024, 12, 31), PersonnelTally.ReferenceDate(2024));
    }

    [Fact]
    public void Definitions_state_their_verification()
    {
        Assert.Equal(Verification.Primary, PersonnelTally.Definition(PersonnelCategory.Police).Verification);
        Assert.Equal(Verification.Primary, PersonnelTally.Definition(PersonnelCategory.ProfessionalJudge).Verification);
        Assert.Equal(Verification.Unverified, PersonnelTally.Definition(PersonnelCategory.Prosecutor).Verification);
        Assert.Equal(Verification.Unverified, PersonnelTally.Definition(PersonnelCategory.PrisonStaff).Verification);
        var ids = IndicatorSources.All.Select(s => s.Id).ToHashSet();
        Assert.All(PersonnelTally.Categories.Select(PersonnelTally.Definition).Where(c => c.Source is not null), c => Assert.Contains(c.Source!, ids));
        Assert.Contains(DetentionTally.Definition.Source!, ids);
        Assert.Contains(RepresentationRatio.Definition.Source!, ids);
    }

    [Fact]
    public void Sex_tallies_reject_negative_counts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SexTally(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SexTally(0, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SexTally.Empty.Add(Sex.Female, -2));
        Assert.Throws<OverflowException>(() => new SexTally(long.MaxValue, 0) + new SexTally(1, 0));
    }

    [Fact]
    public void A_year_cannot_be_given_an_impossible_value_or_lose_its_personnel_through_with()
    {
        var year = new IndicatorYear(2024, PersonnelTally.Empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => year with { Year = 0 });
        Assert.Throws<ArgumentNullException>(() => year with { Personnel = null! });
        Assert.Equal(2025, (year with { Year = 2025 }).Year);
    }
}
