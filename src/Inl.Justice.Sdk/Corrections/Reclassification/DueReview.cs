using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections.Reclassification;

/// <summary>When one kind of review is next due for one prisoner, and why.</summary>
/// <param name="Person">The prisoner.</param>
/// <param name="Review">The review kind's id, e.g. <c>bop-custody-review</c>.</param>
/// <param name="Title">The review kind's name.</param>
/// <param name="DueOn">The date by which the review is due.</param>
/// <param name="Reason">What made it due then.</param>
/// <param name="Event">The event that triggered it, when <see cref="Reason"/> is <see cref="ReviewReason.Event"/>.</param>
/// <param name="Citation">The provision behind the due date.</param>
public sealed record DueReview(PersonId Person, string Review, string Title, LocalDate DueOn, ReviewReason Reason, ResidentEvent? Event, Citation Citation)
{
    /// <summary>Days from <see cref="DueOn"/> to <paramref name="asOf"/>: positive when overdue, 0 on the day, negative before.</summary>
    public int DaysOverdue(LocalDate asOf) => Period.Between(DueOn, asOf, PeriodUnits.Days).Days;
}
