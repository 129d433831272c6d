namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// The justice-sector personnel categories counted by sex. A closed vocabulary on purpose: each category carries a
/// published definition (see <see cref="PersonnelTally.Definition"/>), and a free-text category would silently mix
/// populations that international series keep apart. New categories are added here, with their definition.
/// </summary>
public enum PersonnelCategory
{
    /// <summary>
    /// Police personnel: staff of public agencies whose principal functions are the prevention, detection and
    /// investigation of crime and the apprehension of alleged offenders (UN Minimum Set of Gender Indicators IV.4, UNODC UN-CTS).
    /// </summary>
    Police = 1,

    /// <summary>
    /// Professional judges or magistrates: full-time and part-time officials authorised to hear criminal cases,
    /// including in appeal courts, and to make dispositions in a court of law, including authorised associate judges
    /// and magistrates (UN Minimum Set of Gender Indicators IV.5, UNODC UN-CTS).
    /// </summary>
    ProfessionalJudge = 2,

    /// <summary>Prosecution personnel (UN-CTS collects prosecution personnel by sex; the definition is not encoded here).</summary>
    Prosecutor = 3,

    /// <summary>Prison staff (adult prisons and penal institutions; the definition is not encoded here).</summary>
    PrisonStaff = 4,
}
