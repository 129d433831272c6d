using Inl.Justice.Common;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>
/// A reason a clock does not count certain days (e.g. 18 U.S.C. §3161(h)(1)(D), a pending pretrial motion). A case
/// records each such period with this reason code; the clock merges them so that overlapping periods count once.
/// </summary>
/// <param name="Reason">The reason code cases use, e.g. <c>sta-h1D-pretrial-motion</c>.</param>
/// <param name="Title">The reason for people.</param>
/// <param name="CapDays">The most days one period of this reason may exclude (e.g. 30 for a matter under advisement, §3161(h)(1)(H)), or <see langword="null"/>.</param>
/// <param name="Citation">The provision that excludes the period.</param>
public sealed record ClockExclusion(string Reason, string Title, int? CapDays, Citation Citation);
