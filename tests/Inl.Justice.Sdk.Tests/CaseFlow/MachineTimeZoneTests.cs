using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using NodaTime;
using Xunit;
using static Inl.Justice.CaseFlow.CaseEventKind;
using static Inl.Justice.Tests.CaseFlow.CaseFlowFixtures;

namespace Inl.Justice.Tests.CaseFlow;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineTimeZoneGroup
{
    public const string Name = "Machine time zone and culture";
}

/// <summary>
/// Results never depend on the machine's time zone or culture: the library reads dates in the court's zone only. These
/// tests change the process's TZ and culture, so they run alone.
/// </summary>
[Collection(MachineTimeZoneGroup.Name)]
[Properties(Arbitrary = [typeof(CaseFlowArbitraries)], MaxTest = 60)]
public sealed class MachineTimeZoneTests
{
    private static readonly string[] MachineZones = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Europe/Berlin"];
    private static readonly string[] Cultures = ["", "ar-SA", "th-TH", "fa-IR", "de-DE", "tr-TR", "ja-JP", "hi-IN"];

    private static T Under<T>(string zone, string culture, Func<T> run)
    {
        var (oldTz, oldCulture, oldUi) = (Environment.GetEnvironmentVariable("TZ"), CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return run();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", oldTz);
            TimeZoneInfo.ClearCachedData();
            CultureInfo.CurrentCulture = oldCulture;
            CultureInfo.CurrentUICulture = oldUi;
        }
    }

    private static string Everything(Docket docket, LocalDate asOf)
    {
        var report = docket.Evaluate(asOf);
        var svg = string.Concat(docket.Cases.Select(c => CaseTimeline.Build(c.Case, c.Clocks, c.Calendar, StatutoryClock.EndOfDayIn(asOf, c.Case.TimeZone)).ToSvg()));
        return System.Text.Encoding.UTF8.GetString(report.ToJson()) + report.ToSummary() + string.Join("\n", docket.Detention(asOf)) + svg;
    }

    [Fact]
    public void A_clock_is_unaffected_by_the_machine_time_zone()
    {
        var kenya = Case(Nairobi, Local(Arrest, Nairobi, 2025, 4, 17, 15, 0, D1));
        var us = Case(NewYork, On(FirstAppearance, 2025, 1, 10, D1), On(ChargeFiled, 2025, 1, 15));
        foreach (var zone in MachineZones)
        {
            var (k, u) = Under(zone, "", () => (
                Status(KenyaClocks, "ke-art49-1f-24h", kenya, KenyaCourts, Date(2025, 4, 18)),
                Status(UsClocks, "sta-3161-c1", us, UsCourts, Date(2025, 2, 1))));
            Assert.Equal(new LocalDateTime(2025, 4, 22, 17, 0), LocalDue(k, Nairobi));
            Assert.Equal(Date(2025, 3, 26), u.Due);
            Assert.Equal(53, u.DaysRemaining);
        }
    }

    [Property]
    public Property Results_are_identical_under_any_machine_time_zone_and_culture(TimelineCase t, int zoneA, int zoneB, int cultureA, int cultureB)
    {
        static int Pick(int v, int n) => (int)(unchecked((uint)v) % (uint)n);
        var docket = new Docket([.. CaseFlowPropertyTests.Packs.Select(p => new DocketCase(t.Case with { Id = p.Clocks.Header.Id }, p.Clocks, p.Calendar))]);
        var asOf = t.LastDate.PlusDays(10);
        var (za, zb, ca, cb) = (MachineZones[Pick(zoneA, MachineZones.Length)], MachineZones[Pick(zoneB, MachineZones.Length)], Cultures[Pick(cultureA, Cultures.Length)], Cultures[Pick(cultureB, Cultures.Length)]);
        var a = Under(za, ca, () => Everything(docket, asOf));
        var b = Under(zb, cb, () => Everything(docket, asOf));
        return (a == b).Label($"{za}/{ca} vs {zb}/{cb}");
    }
}
