using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using Xunit;

namespace ICP.UnitTests.Cooperation;

/// <summary>A city's output: the letters' upload rule applied to a city's outputs, and staff review.</summary>
public sealed class CityOutputTests
{
    private static readonly DateTimeOffset Now = new(2022, 9, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly UploadPolicy Policy = new(3, TimeSpan.FromMinutes(10), 10_000);

    [Fact]
    public void EnsureUploadAllowed_UnderTheRateAndTheQuota_Passes()
    {
        CityOutput.EnsureUploadAllowed([(Now.AddMinutes(-5), 1000), (Now.AddMinutes(-1), 1000)], 1000, Now, Policy);
    }

    [Fact]
    public void EnsureUploadAllowed_TooManyInTheWindow_ThrowsWithTheWaitUntilTheOldestLeavesIt()
    {
        var refused = Assert.Throws<UploadRateExceededException>(() =>
            CityOutput.EnsureUploadAllowed([(Now.AddMinutes(-8), 10), (Now.AddMinutes(-3), 10), (Now.AddMinutes(-1), 10), (Now.AddHours(-2), 10)], 10, Now, Policy));

        Assert.Equal(TimeSpan.FromMinutes(2), refused.RetryAfter);
    }

    [Fact]
    public void EnsureUploadAllowed_BeyondTheQuota_ThrowsQuotaExceeded()
    {
        Assert.Throws<DocumentQuotaExceededException>(() => CityOutput.EnsureUploadAllowed([(Now.AddDays(-30), 9_500)], 501, Now, Policy));
        CityOutput.EnsureUploadAllowed([(Now.AddDays(-30), 9_500)], 500, Now, Policy);
    }

    [Fact]
    public void Publish_ThenKeepUnpublished_ChangesStateNoteAndToken()
    {
        var output = NewOutput();
        var received = output.ConcurrencyToken;

        output.Publish("manager", Now);
        var published = output.ConcurrencyToken;
        Assert.Equal((OutputState.Published, Now), (output.State, output.PublishedAt));
        Assert.NotEqual(received, published);

        output.KeepUnpublished("  The annex names private persons.  ", "manager", Now.AddHours(1));
        Assert.Equal((OutputState.NotPublished, "The annex names private persons.", (DateTimeOffset?)null), (output.State, output.Note, output.PublishedAt));
        Assert.NotEqual(published, output.ConcurrencyToken);
    }

    [Fact]
    public void Publish_Twice_ThrowsAndKeepsTheToken()
    {
        var output = NewOutput();
        output.Publish("manager", Now);
        var token = output.ConcurrencyToken;

        Assert.Throws<OutputStateException>(() => output.Publish("manager", Now));
        Assert.Equal(token, output.ConcurrencyToken);
    }

    [Fact]
    public void KeepUnpublished_WithoutANote_Throws()
    {
        var output = NewOutput();

        Assert.Throws<InvalidProgrammeDataException>(() => output.KeepUnpublished("   ", "manager", Now));
        Assert.Equal(OutputState.Received, output.State);
    }

    private static CityOutput NewOutput() =>
        new(7, OutputKind.LocalActionPlan, " Local action plan 2022 ", new string('a', 32), "plan.pdf", 1000, new string('0', 64), new Actor("officer", "Officer"), Now.AddDays(-1));
}
