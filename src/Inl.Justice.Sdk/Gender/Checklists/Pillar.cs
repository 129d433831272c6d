namespace Inl.Justice.Gender.Checklists;

/// <summary>The pillar of the criminal-justice chain a checklist section belongs to.</summary>
public enum Pillar
{
    /// <summary>Police and law enforcement.</summary>
    Policing = 1,

    /// <summary>Prosecution, courts and legal aid.</summary>
    Justice = 2,

    /// <summary>Prisons, detention and non-custodial measures.</summary>
    Corrections = 3,

    /// <summary>Concerns that run across the pillars (programme design, data, training).</summary>
    CrossCutting = 4,
}
