namespace Inl.Justice.Corrections.Separation;

/// <summary>The kind of a place where prisoners sleep.</summary>
public enum PlaceKind
{
    /// <summary>A cell, for one or a few prisoners.</summary>
    Cell = 1,

    /// <summary>A dormitory shared by many prisoners.</summary>
    Dormitory = 2,
}
