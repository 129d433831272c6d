using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Benchmarks;

/// <summary>Shared set-up: the BOP instrument from the default catalogue and the cohort's assessment date.</summary>
internal static class Bop
{
    public const string PackId = "us-bop-ps5100.08";

    public static readonly LocalDate On = Cohort.AssessedOn;

    public static ClassificationInstrument Instrument() => RulePackCatalog.Default.Get<ClassificationInstrument>(PackId, On);

    /// <summary>Fails the set-up when the implementations disagree on any profile: timing different answers is meaningless.</summary>
    public static void CheckAgreement(ClassificationInstrument sdk, PrisonerProfile[] profiles, RulesEngineBop? rulesEngine = null, NRulesBop? nrules = null)
    {
        foreach (var p in profiles)
        {
            var expected = HandWrittenBop.Level(p, On);
            var sdkLevel = sdk.Level(p, On).Rank;
            var re = rulesEngine?.Level(p, On) ?? expected;
            var nr = nrules?.Level(p, On) ?? expected;
            if (sdkLevel != expected || re != expected || nr != expected)
            {
                throw new InvalidOperationException($"{p.Id}: hand-written {expected}, SDK {sdkLevel}, RulesEngine {re}, NRules {nr}");
            }
        }
    }
}

/// <summary>
/// The cost of one classification, averaged over the same 1,000 generated profiles (<c>OperationsPerInvoke</c>, so
/// Mean and Allocated are per profile). Every implementation returns identical levels (checked in the set-up).
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private const int Count = 1_000;

    private PrisonerProfile[] profiles = [];
    private ClassificationInstrument instrument = null!;
    private RulesEngineBop rulesEngine = null!;
    private NRulesBop nrules = null!;

    /// <summary>Builds the cohort and every implementation, warms them, and checks that they agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        profiles = Cohort.Generate(Count);
        instrument = Bop.Instrument();
        rulesEngine = new RulesEngineBop();
        nrules = new NRulesBop();
        Bop.CheckAgreement(instrument, profiles, rulesEngine, nrules);
    }

    /// <summary>Hand-written C# (switches and ifs): the baseline.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int HandWritten()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += HandWrittenBop.Level(p, Bop.On);
        }
        return sum;
    }

    /// <summary>Hand-written total of item points only: the like-for-like baseline of <see cref="Sdk_Score"/>.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int HandWritten_Score()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += HandWrittenBop.Score(p, Bop.On);
        }
        return sum;
    }

    /// <summary>The SDK's fast path: level after floors and ceilings, no explanation.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Sdk_Level()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += instrument.Level(p, Bop.On).Rank;
        }
        return sum;
    }

    /// <summary>The SDK's total of item points.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Sdk_Score()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += instrument.Score(p, Bop.On);
        }
        return sum;
    }

    /// <summary>The SDK's explained classification (every item's row and citation, the floors that held).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Sdk_Classify()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += instrument.Classify(p, Bop.On).Level.Rank;
        }
        return sum;
    }

    /// <summary>Microsoft RulesEngine 6.0.1 (one cached engine; facts precomputed in C# per call).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int RulesEngine()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += rulesEngine.Level(p, Bop.On);
        }
        return sum;
    }

    /// <summary>NRules 1.0.4 (one reused session: insert, fire, retract; facts precomputed in C# per call).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int NRules()
    {
        var sum = 0;
        foreach (var p in profiles)
        {
            sum += nrules.Level(p, Bop.On);
        }
        return sum;
    }
}

/// <summary>
/// Batch classification of 1,000,000 distinct generated profiles into a preallocated array. Mean and Allocated are
/// per batch of 1,000,000 (divide Mean by 10^6 for the time per profile).
/// </summary>
[MemoryDiagnoser]
public class BatchClassificationBenchmarks
{
    private const int Count = 1_000_000;

    private PrisonerProfile[] profiles = [];
    private SecurityLevel[] destination = [];
    private SecurityLevel[] levels = [];
    private ClassificationInstrument instrument = null!;

    /// <summary>Builds the cohort (about a second) and checks the SDK against the hand-written code on a sample.</summary>
    [GlobalSetup]
    public void Setup()
    {
        profiles = Cohort.Generate(Count);
        destination = new SecurityLevel[Count];
        instrument = Bop.Instrument();
        levels = [.. instrument.Levels];
        Bop.CheckAgreement(instrument, profiles.AsSpan(0, 10_000).ToArray());
    }

    /// <summary>A hand-written loop on one core: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public SecurityLevel HandWrittenLoop()
    {
        var on = Bop.On;
        for (var i = 0; i < profiles.Length; i++)
        {
            destination[i] = levels[HandWrittenBop.Level(profiles[i], on)];
        }
        return destination[^1];
    }

    /// <summary><see cref="ClassificationInstrument.LevelMany"/> on one core.</summary>
    [Benchmark]
    public SecurityLevel Sdk_LevelMany()
    {
        instrument.LevelMany(profiles, Bop.On, destination);
        return destination[^1];
    }

    /// <summary><see cref="ClassificationInstrument.LevelManyParallel"/> limited to one core (the partitioning overhead).</summary>
    [Benchmark]
    public SecurityLevel Sdk_LevelManyParallel_1()
    {
        instrument.LevelManyParallel(profiles, Bop.On, destination, maxDegreeOfParallelism: 1);
        return destination[^1];
    }

    /// <summary><see cref="ClassificationInstrument.LevelManyParallel"/> on all cores.</summary>
    [Benchmark]
    public SecurityLevel Sdk_LevelManyParallel_AllCores()
    {
        instrument.LevelManyParallel(profiles, Bop.On, destination, maxDegreeOfParallelism: Environment.ProcessorCount);
        return destination[^1];
    }

    /// <summary>A hand-written <see cref="Parallel.For(int, int, Action{int})"/> over the same partitions, for comparison.</summary>
    [Benchmark]
    public SecurityLevel HandWrittenParallel_AllCores()
    {
        const int PartitionSize = 16_384;
        var on = Bop.On;
        var partitions = (profiles.Length + PartitionSize - 1) / PartitionSize;
        Parallel.For(0, partitions, p =>
        {
            var end = Math.Min(profiles.Length, (p + 1) * PartitionSize);
            for (var i = p * PartitionSize; i < end; i++)
            {
                destination[i] = levels[HandWrittenBop.Level(profiles[i], on)];
            }
        });
        return destination[^1];
    }
}

/// <summary>
/// Start-up costs: reading, validating and compiling the pack (Allocated is everything the load allocates; the
/// retained size of the compiled instrument is printed by the set-up), against building the same rules on
/// RulesEngine and NRules.
/// </summary>
[MemoryDiagnoser]
public class InstrumentLoadBenchmarks
{
    private ReadOnlyMemory<byte> json;
    private PrisonerProfile profile = null!;

    /// <summary>Reads the embedded pack and prints the retained size of a compiled instrument.</summary>
    [GlobalSetup]
    public void Setup()
    {
        json = RulePackCatalog.EmbeddedJson(Bop.PackId);
        profile = Cohort.Generate(1)[0];
        Console.WriteLine($"// Pack JSON: {json.Length:N0} bytes");
        Console.WriteLine($"// Retained size of one compiled {Bop.PackId} instrument: {RetainedBytesPerInstrument(json):N0} bytes (GC.GetTotalMemory over 32 live instruments)");
    }

    /// <summary><see cref="ClassificationInstrument.Load"/>: parse, validate and compile the pack.</summary>
    [Benchmark(Baseline = true)]
    public ClassificationInstrument Sdk_Load() => ClassificationInstrument.Load(json);

    /// <summary>The cached catalogue look-up that applications call per request.</summary>
    [Benchmark]
    public ClassificationInstrument Sdk_CatalogGet() => RulePackCatalog.Default.Get<ClassificationInstrument>(Bop.PackId, Bop.On);

    /// <summary>RulesEngine: build the engine and compile the workflow (RulesEngine compiles on the first execution).</summary>
    [Benchmark]
    public int RulesEngine_BuildAndFirstRun() => new RulesEngineBop().Level(profile, Bop.On);

    /// <summary>NRules: load the rule classes and compile the Rete network.</summary>
    [Benchmark]
    public object NRules_Compile() => NRulesBop.Compile();

    /// <summary>Heap bytes kept alive by one compiled instrument (including the pack document it keeps for <c>ToJson</c>).</summary>
    public static long RetainedBytesPerInstrument(ReadOnlyMemory<byte> json)
    {
        const int Instances = 32;
        ClassificationInstrument.Load(json); // warm: static caches, JSON metadata
        var keep = new ClassificationInstrument[Instances];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] = ClassificationInstrument.Load(json);
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(keep);
        return (after - before) / Instances;
    }
}
