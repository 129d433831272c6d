using Inl.Justice.Corrections.Classification;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>Exhaustive check of completed years around leap days and year ends against NodaTime's period arithmetic.</summary>
public sealed class CompletedYearsTests
{
    private static readonly Inl.Justice.Corrections.PrisonerProfile Profile = new()
    {
        Id = new Inl.Justice.Common.PersonId("Y"), Sex = Inl.Justice.Common.Sex.Male, DateOfBirth = new LocalDate(1900, 1, 1),
        LegalStatus = Inl.Justice.Corrections.LegalStatus.Convicted, OffenseSeverity = Inl.Justice.Corrections.OffenseSeverity.Lowest,
        Education = Inl.Justice.Corrections.EducationLevel.Verified, MonthsToRelease = 0,
    };

    [Fact]
    public void Years_since_a_date_after_the_assessment_date_is_refused()
    {
        var on = new LocalDate(2026, 11, 1);
        var subject = new Subject(Profile, on, 0);
        Assert.Equal(0, subject.YearsSince(on));
        Assert.Throws<ArgumentException>(() => new Subject(Profile, on, 0).YearsSince(on.PlusDays(1)));
        Assert.Throws<ArgumentException>(() => new Subject(Profile, on, 0).YearsSince(new LocalDate(2027, 1, 1)));
    }

    [Theory]
    [InlineData(2000, 2, 24)]
    [InlineData(1999, 12, 27)]
    [InlineData(1996, 2, 24)]
    public void Completed_years_agree_with_period_between_on_every_day_of_a_decade(int year, int month, int day)
    {
        var first = new LocalDate(year, month, day);
        for (var s = 0; s < 10; s++)
        {
            var start = first.PlusDays(s);
            for (var end = start; end < start.PlusYears(10); end = end.PlusDays(1))
            {
                var expected = Period.Between(start, end, PeriodUnits.Years).Years;
                Assert.Equal(expected, CompletedYears.Between(start, end));
                Assert.Equal(expected, new Subject(Profile, end, 0).YearsSince(start));
            }
        }
    }
}
