using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>
/// The tallies are mergeable accumulators (ARCHITECTURE.md, performance stance): <c>+</c> is associative and
/// commutative with <c>Empty</c> as identity, so partitions counted anywhere combine to the same answer.
/// </summary>
[Properties(Arbitrary = [typeof(IndicatorArbitraries)], MaxTest = 300)]
public sealed class TallyPropertyTests
{
    [Property]
    public bool SexTally_merge_is_associative(SexTally a, SexTally b, SexTally c) => (a + b) + c == a + (b + c);

    [Property]
    public bool SexTally_merge_is_commutative(SexTally a, SexTally b) => a + b == b + a;

    [Property]
    public bool SexTally_empty_is_the_identity(SexTally a) => a + SexTally.Empty == a && SexTally.Empty + a == a && a.Add(SexTally.Empty) == a;

    [Property]
    public bool DetentionTally_merge_is_associative(DetentionTally a, DetentionTally b, DetentionTally c) => (a + b) + c == a + (b + c);

    [Property]
    public bool DetentionTally_merge_is_commutative(DetentionTally a, DetentionTally b) => a + b == b + a;

    [Property]
    public bool DetentionTally_empty_is_the_identity(DetentionTally a) => a + DetentionTally.Empty == a && DetentionTally.Empty + a == a;

    [Property]
    public bool PersonnelTally_merge_is_associative(PersonnelTally a, PersonnelTally b, PersonnelTally c) => (a + b) + c == a + (b + c);

    [Property]
    public bool PersonnelTally_merge_is_commutative(PersonnelTally a, PersonnelTally b) => a + b == b + a;

    [Property]
    public bool PersonnelTally_empty_is_the_identity(PersonnelTally a) => a + PersonnelTally.Empty == a && PersonnelTally.Empty.Merge(a) == a;

    [Property]
    public Property The_share_of_women_lies_in_0_1_and_is_null_only_without_women_or_men(SexTally t) =>
        (t.WomenShare is { } s ? s >= 0 && s <= 1 && t.Known > 0 : t.Known == 0)
            .ToProperty().Classify(t.WomenShare is null, "no share").Classify(t.Unknown > 0, "some unknown");

    [Property]
    public bool Unknown_sex_never_changes_the_share(SexTally t, NonNegativeInt extra) =>
        new SexTally(t.Women, t.Men, t.Unknown + extra.Item).WomenShare == t.WomenShare
        && t.Add(Sex.Unknown).WomenShare == t.WomenShare
        && (t + new SexTally(0, 0, extra.Item)).WomenShare == t.WomenShare;

    [Property]
    public bool Unknown_sex_is_reported_in_the_total(SexTally t) => t.Total == t.Women + t.Men + t.Unknown && t.Known == t.Women + t.Men;

    [Property]
    public bool Counting_in_parts_equals_counting_in_one_pass(Sex[] sexes, NonNegativeInt cut)
    {
        var at = sexes.Length == 0 ? 0 : cut.Item % (sexes.Length + 1);
        var whole = SexTally.Of(sexes);
        return whole == SexTally.Of(sexes[..at]) + SexTally.Of(sexes[at..])
            && whole == sexes.Aggregate(SexTally.Empty, (t, s) => t.Add(s))
            && whole.Total == sexes.Length;
    }

    [Property]
    public bool Detention_proportions_lie_in_0_1(DetentionTally d) =>
        new[] { d.UnsentencedProportion, d.UnsentencedProportionOf(Sex.Female), d.UnsentencedProportionOf(Sex.Male), d.UnsentencedProportionOf(Sex.Unknown) }
            .All(p => p is null || (p >= 0 && p <= 1));

    [Property]
    public bool Detention_from_totals_round_trips(DetentionTally d) => DetentionTally.FromTotals(d.Unsentenced, d.Total) == d;

    [Property]
    public bool A_non_final_decision_counts_as_sentenced(DetentionTally d, Sex sex) =>
        d.Add(sex, DetentionStatus.NonFinalDecision) == d.Add(sex, DetentionStatus.Sentenced)
        && d.Add(sex, DetentionStatus.NonFinalDecision).Unsentenced == d.Unsentenced;

    [Property]
    public bool Personnel_shares_lie_in_0_1(PersonnelTally p) =>
        PersonnelTally.Categories.All(c => p.For(c).WomenShare is not { } s || (s >= 0 && s <= 1));

    [Property]
    public bool Representation_ratio_is_share_over_share(SexTally judges, SexTally population)
    {
        var r = RepresentationRatio.ForWomen(judges, population);
        return r.Ratio is { } ratio
            ? judges.WomenShare is { } j && population.WomenShare is { } p && p > 0 && ratio == j / p && ratio >= 0
            : judges.WomenShare is null || population.WomenShare is null || population.WomenShare == 0;
    }
}
