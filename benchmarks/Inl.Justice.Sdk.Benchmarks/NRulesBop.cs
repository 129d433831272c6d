using System;
using System.Linq;
using System.Linq.Expressions;
using Inl.Justice.Benchmarks.BopRules;
using Inl.Justice.Corrections;
using NodaTime;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Inl.Justice.Benchmarks
{
    /// <summary>
    /// The BOP instrument (pack us-bop-ps5100.08) on NRules 1.0.4 fluent rules: one rule per table row (points of an
    /// item when its condition holds), one rule per public safety factor (a floor), and a last rule, at the lowest
    /// priority, that maps the total to the population's scale and applies the highest floor.
    /// </summary>
    /// <remarks>
    /// <para>The fact is a <see cref="BopAssessment"/> wrapping <see cref="BopFacts"/> (built in C# on every call, with the
    /// date arithmetic done in C#; see there) and accumulating points and floors as rules fire.</para>
    /// <para>Throughput choice: the session factory (the compiled Rete network) is built once, and one session is
    /// reused: insert the fact, fire, retract it. Creating a session per classification is also cheap, but reusing one
    /// is what NRules users do for a stream of independent facts. A session is single-threaded, so this class is not
    /// thread-safe: use one instance per thread (they can share <see cref="Factory"/>).</para>
    /// <para>The scale (total to level) is applied in the action of the last rule: rule conditions are evaluated when the
    /// fact is inserted, before the item rules have added their points, so a condition on the total would need an
    /// <c>Update</c> of the fact and a second pass through the network.</para>
    /// </remarks>
    public sealed class NRulesBop
    {
        private static readonly Lazy<ISessionFactory> SharedFactory = new(Compile);

        private readonly ISession session;

        /// <summary>Creates a session on the shared compiled rules.</summary>
        public NRulesBop() => session = Factory.CreateSession();

        /// <summary>Gets the compiled rules (compiled once per process).</summary>
        public static ISessionFactory Factory => SharedFactory.Value;

        /// <summary>Loads the rules of namespace <see cref="BopRules"/> and compiles them.</summary>
        public static ISessionFactory Compile()
        {
            var repository = new RuleRepository();
            repository.Load(x => x
                .From(typeof(NRulesBop).Assembly)
                .Where(rule => rule.RuleType.Namespace == typeof(LevelFromScale).Namespace));
            return repository.Compile();
        }

        /// <summary>Computes the level rank (0 Minimum .. 3 High) of <paramref name="profile"/>.</summary>
        public int Level(PrisonerProfile profile, LocalDate assessedOn)
        {
            var assessment = new BopAssessment(BopFacts.From(profile, assessedOn));
            session.Insert(assessment);
            try
            {
                session.Fire();
            }
            finally
            {
                session.Retract(assessment);
            }
            return assessment.Level ?? throw new InvalidOperationException("The level rule did not fire.");
        }
    }

    /// <summary>The fact the NRules rules match: the profile's facts, and what the rules have concluded so far.</summary>
    public sealed class BopAssessment(BopFacts facts)
    {
        /// <summary>Gets the facts.</summary>
        public BopFacts Facts { get; } = facts;

        /// <summary>Gets the points of the additive items so far.</summary>
        public int Points { get; private set; }

        /// <summary>Gets the points of the worst violence incident so far.</summary>
        public int ViolencePoints { get; private set; }

        /// <summary>Gets the points of the worst escape so far.</summary>
        public int EscapePoints { get; private set; }

        /// <summary>Gets the highest floor that held so far.</summary>
        public int Floor { get; private set; }

        /// <summary>Gets the level rank, once the last rule has fired.</summary>
        public int? Level { get; private set; }

        /// <summary>Adds the points of an item row.</summary>
        public void Add(int points) => Points += points;

        /// <summary>Records the points of a violence row; the worst one counts.</summary>
        public void Violence(int points) => ViolencePoints = Math.Max(ViolencePoints, points);

        /// <summary>Records the points of an escape row; the worst one counts.</summary>
        public void Escape(int points) => EscapePoints = Math.Max(EscapePoints, points);

        /// <summary>Records a floor that holds.</summary>
        public void RaiseFloor(int rank) => Floor = Math.Max(Floor, rank);

        /// <summary>Applies the scale to the total and then the highest floor.</summary>
        public void Conclude()
        {
            var score = Points + ViolencePoints + EscapePoints;
            var scored = Facts.Male
                ? score >= 24 ? 3 : score >= 16 ? 2 : score >= 12 ? 1 : 0
                : score >= 31 ? 3 : score >= 16 ? 1 : 0;
            Level = Math.Max(scored, Floor);
        }
    }
}

namespace Inl.Justice.Benchmarks.BopRules
{
    /// <summary>Adds <paramref name="points"/> when <paramref name="condition"/> holds.</summary>
    public abstract class ItemRow(int points, Expression<Func<BopAssessment, bool>> condition) : Rule
    {
        /// <inheritdoc/>
        public override void Define()
        {
            BopAssessment a = null!;
            When().Match(() => a, condition);
            Then().Do(_ => a.Add(points));
        }
    }

    /// <summary>A violence row: <paramref name="points"/> when <paramref name="condition"/> holds; the worst row that holds counts.</summary>
    public abstract class ViolenceRow(int points, Expression<Func<BopAssessment, bool>> condition) : Rule
    {
        /// <inheritdoc/>
        public override void Define()
        {
            BopAssessment a = null!;
            When().Match(() => a, condition);
            Then().Do(_ => a.Violence(points));
        }
    }

    /// <summary>An escape row: <paramref name="points"/> when <paramref name="condition"/> holds; the worst row that holds counts.</summary>
    public abstract class EscapeRow(int points, Expression<Func<BopAssessment, bool>> condition) : Rule
    {
        /// <inheritdoc/>
        public override void Define()
        {
            BopAssessment a = null!;
            When().Match(() => a, condition);
            Then().Do(_ => a.Escape(points));
        }
    }

    /// <summary>A public safety factor: at least level <paramref name="rank"/> when <paramref name="condition"/> holds.</summary>
    public abstract class Floor(int rank, Expression<Func<BopAssessment, bool>> condition) : Rule
    {
        /// <inheritdoc/>
        public override void Define()
        {
            BopAssessment a = null!;
            When().Match(() => a, condition);
            Then().Do(_ => a.RaiseFloor(rank));
        }
    }

    /// <summary>Last: the population's scale gives the scored level, and the highest floor raises it.</summary>
    [Priority(-100)]
    public sealed class LevelFromScale : Rule
    {
        /// <inheritdoc/>
        public override void Define()
        {
            BopAssessment a = null!;
            When().Match(() => a);
            Then().Do(_ => a.Conclude());
        }
    }

    // Type of Detainer (None gives 0).
    public sealed class DetainerLowest() : ItemRow(1, a => a.Facts.DetainerSeverity == 1 || a.Facts.DetainerSeverity == 2);
    public sealed class DetainerModerate() : ItemRow(3, a => a.Facts.DetainerSeverity == 3);
    public sealed class DetainerHigh() : ItemRow(5, a => a.Facts.DetainerSeverity == 4);
    public sealed class DetainerGreatest() : ItemRow(7, a => a.Facts.DetainerSeverity == 5);

    // Severity of Current Offense (Lowest gives 0).
    public sealed class OffenseLowModerate() : ItemRow(1, a => a.Facts.OffenseSeverity == 2);
    public sealed class OffenseModerate() : ItemRow(3, a => a.Facts.OffenseSeverity == 3);
    public sealed class OffenseHigh() : ItemRow(5, a => a.Facts.OffenseSeverity == 4);
    public sealed class OffenseGreatest() : ItemRow(7, a => a.Facts.OffenseSeverity == 5);

    // Criminal History Score (0-1 points gives 0).
    public sealed class History2To3() : ItemRow(2, a => a.Facts.CriminalHistoryPoints >= 2 && a.Facts.CriminalHistoryPoints <= 3);
    public sealed class History4To6() : ItemRow(4, a => a.Facts.CriminalHistoryPoints >= 4 && a.Facts.CriminalHistoryPoints <= 6);
    public sealed class History7To9() : ItemRow(6, a => a.Facts.CriminalHistoryPoints >= 7 && a.Facts.CriminalHistoryPoints <= 9);
    public sealed class History10To12() : ItemRow(8, a => a.Facts.CriminalHistoryPoints >= 10 && a.Facts.CriminalHistoryPoints <= 12);
    public sealed class History13OrMore() : ItemRow(10, a => a.Facts.CriminalHistoryPoints >= 13);

    // History of Violence (none gives 0; the worst incident counts).
    public sealed class ViolenceMinor0To4() : ViolenceRow(5, a => a.Facts.Violence.Any(i => !i.Serious && i.YearsAgo <= 4));
    public sealed class ViolenceMinor5To9() : ViolenceRow(3, a => a.Facts.Violence.Any(i => !i.Serious && i.YearsAgo >= 5 && i.YearsAgo <= 9));
    public sealed class ViolenceMinor10OrMore() : ViolenceRow(1, a => a.Facts.Violence.Any(i => !i.Serious && i.YearsAgo >= 10));
    public sealed class ViolenceSerious0To4() : ViolenceRow(7, a => a.Facts.Violence.Any(i => i.Serious && i.YearsAgo <= 4));
    public sealed class ViolenceSerious5To9() : ViolenceRow(6, a => a.Facts.Violence.Any(i => i.Serious && i.YearsAgo >= 5 && i.YearsAgo <= 9));
    public sealed class ViolenceSerious10To14() : ViolenceRow(4, a => a.Facts.Violence.Any(i => i.Serious && i.YearsAgo >= 10 && i.YearsAgo <= 14));
    public sealed class ViolenceSerious15OrMore() : ViolenceRow(2, a => a.Facts.Violence.Any(i => i.Serious && i.YearsAgo >= 15));

    // History of Escape or Attempts (none gives 0; the worst incident counts).
    public sealed class EscapeSeriousOrRecent() : EscapeRow(3, a => a.Facts.Escapes.Any(i => i.Serious || i.YearsAgo <= 4));
    public sealed class EscapeMinor5To9() : EscapeRow(2, a => a.Facts.Escapes.Any(i => !i.Serious && i.YearsAgo >= 5 && i.YearsAgo <= 9));
    public sealed class EscapeMinor10OrMore() : EscapeRow(1, a => a.Facts.Escapes.Any(i => !i.Serious && i.YearsAgo >= 10));

    // Voluntary Surrender.
    public sealed class SurrenderedVoluntarily() : ItemRow(-3, a => a.Facts.VoluntarySurrender);

    // Age (55 or more gives 0).
    public sealed class Age24OrLess() : ItemRow(8, a => a.Facts.AgeYears <= 24);
    public sealed class Age25To35() : ItemRow(4, a => a.Facts.AgeYears >= 25 && a.Facts.AgeYears <= 35);
    public sealed class Age36To54() : ItemRow(2, a => a.Facts.AgeYears >= 36 && a.Facts.AgeYears <= 54);

    // Education Level (Verified gives 0).
    public sealed class EducationEnrolled() : ItemRow(1, a => a.Facts.Education == 2);
    public sealed class EducationNone() : ItemRow(2, a => a.Facts.Education == 3);

    // Drug/Alcohol Abuse (none on record, or 5 years or more, gives 0).
    public sealed class SubstanceAbuseRecent() : ItemRow(1, a => a.Facts.SubstanceAbuseYears >= 0 && a.Facts.SubstanceAbuseYears <= 4);

    // Public safety factors (floors). Males only unless the pack says otherwise.
    public sealed class PsfDisruptiveGroup() : Floor(3, a => a.Facts.Male && a.Facts.HasFlag("DisruptiveGroup"));
    public sealed class PsfPrisonDisturbance() : Floor(3, a => a.Facts.Male && a.Facts.HasFlag("PrisonDisturbance"));
    public sealed class PsfSentenceLength30() : Floor(3, a => a.Facts.Male && (a.Facts.MonthsToRelease >= 361 || a.Facts.HasFlag("LifeOrDeathSentence")));
    public sealed class PsfSentenceLength20() : Floor(2, a => a.Facts.Male && a.Facts.MonthsToRelease >= 241);
    public sealed class PsfSeriousEscape() : Floor(2, a => a.Facts.Male && a.Facts.HasFlag("SeriousEscape"));
    public sealed class PsfSentenceLength10() : Floor(1, a => a.Facts.Male && a.Facts.MonthsToRelease >= 121);
    public sealed class PsfGreatestSeverity() : Floor(1, a => a.Facts.Male && a.Facts.OffenseSeverity >= 5);
    public sealed class PsfSexOffender() : Floor(1, a => a.Facts.HasFlag("SexOffender"));
    public sealed class PsfThreatToGovernmentOfficials() : Floor(1, a => a.Facts.HasFlag("ThreatToGovernmentOfficials"));
    public sealed class PsfDeportableAlien() : Floor(1, a => a.Facts.HasFlag("DeportableAlien"));
    public sealed class PsfJuvenileViolence() : Floor(1, a => a.Facts.HasFlag("JuvenileViolence"));
    public sealed class PsfSeriousTelephoneAbuse() : Floor(1, a => a.Facts.HasFlag("SeriousTelephoneAbuse"));
}
