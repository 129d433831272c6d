using Inl.Justice.Corrections.Classification;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>Exhaustive check of completed years around leap days and year ends against NodaTime's period arithmetic.</summary>
public sealed class CompletedYearsTests
{
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
            }
        }
    }
}
