using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Timelines;

/// <summary>One detained person in a pre-trial detention report: since when, for how long, and against which limit.</summary>
/// <param name="CaseId">The case number.</param>
/// <param name="Defendant">The defendant.</param>
/// <param name="Stage">The stage of the defendant's part of the case.</param>
/// <param name="Since">The start of the current continuous custody.</param>
/// <param name="DaysInCustody">Calendar days from the first day of custody to the report date, both counted.</param>
/// <param name="Limit">The detention-limit clock that applies (the most urgent one when several do), or <see langword="null"/> when none does.</param>
public sealed record DetentionLine(string CaseId, PersonId Defendant, CaseStage Stage, EventTime Since, int DaysInCustody, ClockStatus? Limit)
{
    /// <summary>Describes the line, e.g. <c>1:25-cr-17 D1 detained since 2025-01-06 (120 days, Charged): sta-3164-detained OVERDUE …</c>.</summary>
    public override string ToString() =>
        $"{CaseId} {Defendant} detained since {Since} ({DaysInCustody} days, {Stage}): " + (Limit?.ToString() ?? "no detention limit in the clock pack");
}
