using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Inl.Justice.Common;

/// <summary>
/// The outcome of reading or checking data: either a value, or every problem found. Never both, never a half-built value.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Validated<T> where T : class
{
    private readonly T? value;

    private Validated(T? value, ImmutableArray<Problem> problems)
    {
        this.value = value;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether there were no problems and <see cref="Value"/> is available.</summary>
    [MemberNotNullWhen(true, nameof(value))]
    public bool IsValid => value is not null;

    /// <summary>Gets every problem found; empty when <see cref="IsValid"/>.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>Gets the value.</summary>
    /// <exception cref="RulePackException">There were problems; the exception lists them.</exception>
    public T Value => IsValid ? value : throw new RulePackException(Problems);

    /// <summary>Gets the value without throwing.</summary>
    public bool TryGetValue([NotNullWhen(true)] out T? result)
    {
        result = value;
        return IsValid;
    }

    /// <summary>A valid outcome.</summary>
    public static Validated<T> Success(T value) => new(Preconditions.CheckNotNull(value, nameof(value)), ImmutableArray<Problem>.Empty);

    /// <summary>A failed outcome with at least one problem.</summary>
    public static Validated<T> Failure(ImmutableArray<Problem> problems)
    {
        Preconditions.CheckArgument(!problems.IsDefaultOrEmpty, nameof(problems), "A failure needs at least one problem");
        return new(null, problems);
    }

    /// <summary>Maps a valid value; problems pass through unchanged.</summary>
    public Validated<TResult> Select<TResult>(Func<T, TResult> selector) where TResult : class
    {
        Preconditions.CheckNotNull(selector, nameof(selector));
        return IsValid ? Validated<TResult>.Success(selector(value)) : Validated<TResult>.Failure(Problems);
    }
}
