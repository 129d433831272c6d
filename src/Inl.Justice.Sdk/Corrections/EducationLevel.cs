namespace Inl.Justice.Corrections;

/// <summary>Education as the BOP instrument records it (PS 5100.08, ch. 4). Ordered from best to worst for scoring.</summary>
public enum EducationLevel
{
    /// <summary>A verified high-school diploma or equivalent (GED).</summary>
    Verified = 1,

    /// <summary>Enrolled in, and making satisfactory progress in, a GED programme.</summary>
    Enrolled = 2,

    /// <summary>No verified diploma or equivalent and not participating in a programme.</summary>
    None = 3,
}
