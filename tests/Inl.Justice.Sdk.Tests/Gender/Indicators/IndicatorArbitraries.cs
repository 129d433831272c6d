using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;
using NodaTime;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>A personnel register, the year whose 31 December is counted, and a partition of the records (part index per record).</summary>
/// <remarks>Every record has its own person id, so any partition of the records is a partition of people.</remarks>
public sealed record RegisterCase(int Year, ImmutableArray<PersonnelRecord> Records, ImmutableArray<int> Parts)
{
    public LocalDate ReferenceDate => new(Year, 12, 31);

    public IEnumerable<IEnumerable<PersonnelRecord>> Partition() =>
        Records.Select((r, i) => (r, part: Parts[i])).GroupBy(x => x.part).Select(g => g.Select(x => x.r));

    public override string ToString() =>
        $"year {Year}: " + string.Join("; ", Records.Select((r, i) => $"[{Parts[i]}] {r.Person} {r.Sex} {r.Category} {r.Start:uuuu-MM-dd}..{(r.End is { } e ? e.ToString("uuuu-MM-dd", null) : "open")}"));
}

/// <summary>Generators, with shrinkers, of indicator tallies and registers.</summary>
public static class IndicatorArbitraries
{
    public static Arbitrary<Sex> Sexes() => Arb.From(Gen.Elements(Sex.Female, Sex.Male, Sex.Unknown));

    public static Arbitrary<DetentionStatus> Statuses() =>
        Arb.From(Gen.Elements(DetentionStatus.Unsentenced, DetentionStatus.NonFinalDecision, DetentionStatus.Sentenced));

    /// <summary>Counts mostly small, sometimes zero, sometimes in the billions; shrinking towards zero.</summary>
    public static Gen<long> CountGen() => Gen.Frequency(
        (3, Gen.Choose(0, 50).Select(i => (long)i)),
        (1, Gen.Constant(0L)),
        (1, Gen.Choose(0, 1_000_000).Select(i => (long)i * 10_007)));

    public static Gen<SexTally> SexTallyGen() =>
        from w in CountGen() from m in CountGen() from u in CountGen() select new SexTally(w, m, u);

    public static Arbitrary<SexTally> SexTallies() => Arb.From(SexTallyGen(), ShrinkTally);

    public static IEnumerable<SexTally> ShrinkTally(SexTally t)
    {
        foreach (var w in ShrinkCount(t.Women)) yield return new SexTally(w, t.Men, t.Unknown);
        foreach (var m in ShrinkCount(t.Men)) yield return new SexTally(t.Women, m, t.Unknown);
        foreach (var u in ShrinkCount(t.Unknown)) yield return new SexTally(t.Women, t.Men, u);
    }

    private static IEnumerable<long> ShrinkCount(long n)
    {
        if (n > 0) yield return 0;
        if (n > 2) yield return n / 2;
        if (n > 1) yield return n - 1;
    }

    public static Arbitrary<DetentionTally> DetentionTallies() => Arb.From(
        from u in SexTallyGen() from s in SexTallyGen() select new DetentionTally(u, s),
        d => ShrinkTally(d.Unsentenced).Select(u => new DetentionTally(u, d.Sentenced))
            .Concat(ShrinkTally(d.Sentenced).Select(s => new DetentionTally(d.Unsentenced, s))));

    public static Arbitrary<PersonnelTally> PersonnelTallies() => Arb.From(
        Gen.ArrayOf(SexTallyGen(), PersonnelTally.Categories.Length).Select(Build),
        p => PersonnelTally.Categories.SelectMany((c, i) => ShrinkTally(p.For(c)).Select(s =>
            Build([.. PersonnelTally.Categories.Select((k, j) => j == i ? s : p.For(k))]))));

    private static PersonnelTally Build(SexTally[] perCategory) =>
        PersonnelTally.Categories.Select((c, i) => (c, i)).Aggregate(PersonnelTally.Empty, (t, x) => t.Add(x.c, perCategory[x.i]));

    /// <summary>Dates near the reference date (the edges that matter: 30 and 31 December, 1 January) or anywhere within a few years.</summary>
    private static Gen<LocalDate> DateAround(int year) => Gen.Frequency(
        (2, Gen.Elements(new LocalDate(year, 12, 30), new LocalDate(year, 12, 31), new LocalDate(year + 1, 1, 1), new LocalDate(year, 1, 1))),
        (3, Gen.Choose(-5 * 365, 2 * 365).Select(d => new LocalDate(year, 12, 31).PlusDays(d))));

    private static Gen<Func<int, PersonnelRecord>> RecordGen(int year) =>
        from sex in Sexes().Generator
        from category in Gen.Elements(PersonnelTally.Categories.ToArray())
        from a in DateAround(year)
        from b in DateAround(year)
        from open in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        let start = a <= b ? a : b
        let end = a <= b ? b : a
        select new Func<int, PersonnelRecord>(index => new PersonnelRecord(new PersonId($"P{index}"), sex, category, start, open ? null : end));

    public static Gen<RegisterCase> RegisterGen() =>
        from year in Gen.Choose(2000, 2030)
        from n in Gen.Choose(0, 40)
        from makers in Gen.ArrayOf(RecordGen(year), n)
        let records = makers.Select((make, i) => make(i))
        from parts in Gen.ArrayOf(Gen.Choose(0, 3), n)
        select new RegisterCase(year, [.. records], [.. parts]);

    public static Arbitrary<RegisterCase> Registers() => Arb.From(RegisterGen(), ShrinkRegister);

    private static IEnumerable<RegisterCase> ShrinkRegister(RegisterCase c)
    {
        var n = c.Records.Length;
        if (n > 1)
        {
            yield return c with { Records = c.Records[..(n / 2)], Parts = c.Parts[..(n / 2)] };
        }
        for (var i = 0; i < n; i++)
        {
            yield return c with { Records = c.Records.RemoveAt(i), Parts = c.Parts.RemoveAt(i) };
        }
        for (var i = 0; i < n; i++)
        {
            if (c.Parts[i] != 0)
            {
                yield return c with { Parts = c.Parts.SetItem(i, 0) };
            }
        }
    }

    /// <summary>Year/value pairs, some values missing, years unique, in arbitrary order.</summary>
    public static Arbitrary<(int Year, double? Value)[]> SeriesInputs() => Arb.From(
        from years in Gen.SubListOf(Enumerable.Range(2000, 25).ToArray())
        from values in Gen.ArrayOf(Gen.Frequency(
            (1, Gen.Constant<double?>(null)),
            (4, Gen.Choose(0, 1000).Select(v => (double?)(v / 1000.0)))), years.Count)
        from shuffled in Gen.Shuffle(years.Zip(values, (y, v) => (y, v)).ToArray())
        select shuffled.Select(x => (x.y, x.v)).ToArray(),
        a => Enumerable.Range(0, a.Length).Select(i => a.Where((_, j) => j != i).ToArray()));
}
