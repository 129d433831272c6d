using System;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// One spell in post of one person in one personnel category, as a human-resources register holds it: who, which
/// sex, which category, from which date and, when the spell has ended, until which date.
/// </summary>
/// <remarks>
/// <para>
/// <b>Both dates are inclusive.</b> <see cref="Start"/> is the first day in post and <see cref="End"/> the last day in
/// post: a judge whose appointment ends on 31 December is in post on 31 December and is counted in that year's
/// census; one who left on 30 December is not. A spell with no <see cref="End"/> is still running.
/// </para>
/// <para>A person who moves between categories has one record per category spell; a person may hold records in several categories.</para>
/// </remarks>
public sealed record PersonnelRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="person">The person's identifier in the caller's register.</param>
    /// <param name="sex">The person's recorded sex.</param>
    /// <param name="category">The personnel category of the post.</param>
    /// <param name="start">The first day in post (inclusive).</param>
    /// <param name="end">The last day in post (inclusive), or <see langword="null"/> while the spell is running.</param>
    /// <exception cref="ArgumentException"><paramref name="person"/> is the default identifier, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sex"/> or <paramref name="category"/> is not a defined value.</exception>
    public PersonnelRecord(PersonId person, Sex sex, PersonnelCategory category, LocalDate start, LocalDate? end = null)
    {
        Preconditions.CheckArgument(person.Value.Length > 0, nameof(person), "A person id must not be the default value");
        Preconditions.CheckArgument(end is null || end.Value >= start, nameof(end), "The last day in post must not be earlier than the first day in post");
        Person = person;
        Sex = Preconditions.CheckDefined(sex, nameof(sex));
        Category = Preconditions.CheckDefined(category, nameof(category));
        Start = start;
        End = end;
    }

    /// <summary>Gets the person's identifier.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the person's recorded sex.</summary>
    public Sex Sex { get; }

    /// <summary>Gets the personnel category of the post.</summary>
    public PersonnelCategory Category { get; }

    /// <summary>Gets the first day in post (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day in post (inclusive), or <see langword="null"/> while the spell is running.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the person was in post on <paramref name="date"/>: <see cref="Start"/> ≤ date ≤ <see cref="End"/> (both inclusive; no end = still in post).</summary>
    public bool IsInPostOn(LocalDate date) => Start <= date && (End is not { } end || date <= end);
}
