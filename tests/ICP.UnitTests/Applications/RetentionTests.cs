using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Applications;

/// <summary>When a non-selected application's personal data goes (ADR 10): the retention period counted from its outcome.</summary>
public sealed class RetentionTests
{
    private static readonly Actor Officer = new("user-1", "Officer One");
    private static readonly DateTimeOffset During = new(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void WithdrawnBeforeTheDeadline_ItsPeriodRunsFromTheDeadline_AndEndsExactlyThen()
    {
        var call = Programme.IcpAgir2021Call();
        var window = call.WindowFor(7);
        var application = Submitted(window);
        application.Withdraw("Council said no", Officer, true, During.AddDays(1), window);

        Assert.Equal(window.Deadline, application.OutcomeAt(window));
        var due = window.Deadline.AddMonths(12);
        Assert.False(application.IsDueForAnonymisation(window, 12, due.AddTicks(-1)));
        Assert.True(application.IsDueForAnonymisation(window, 12, due));
        Assert.Throws<AnonymisationRefusedException>(() => application.Anonymise(window, 12, due.AddTicks(-1)));
    }

    [Fact]
    public void ASubmittedApplication_IsNeverDue_ItMayStillBeSelected()
    {
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var application = Submitted(window);

        Assert.Null(application.OutcomeAt(window));
        Assert.False(application.IsDueForAnonymisation(window, 6, window.Deadline.AddYears(20)));
    }

    [Fact]
    public void Anonymise_ErasesAnswersNamesAndReasons_KeepsTheReceiptAndTheStatistics()
    {
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var application = Submitted(window);
        application.Withdraw("Mayor Jean Dupont changed his mind", Officer, true, During.AddDays(1), window);
        var version = application.Versions.Single();
        var (receipt, hash, theme) = (version.ReceiptCode, version.ContentSha256, version.PrimaryThemeId);

        application.Anonymise(window, 6, window.Deadline.AddMonths(6));

        Assert.NotNull(application.AnonymisedAt);
        Assert.All(application.Sections, s => Assert.Equal("{}", s.DataJson));
        Assert.Equal(ErasedData.ContentJson, version.ContentJson);
        Assert.Equal((receipt, hash, theme), (version.ReceiptCode, version.ContentSha256, version.PrimaryThemeId));
        Assert.DoesNotContain(application.StatusChanges, c => c.Reason.Contains("Dupont", StringComparison.Ordinal) || c.ActorName == "Officer One");
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Throws<AnonymisationRefusedException>(() => application.Anonymise(window, 6, window.Deadline.AddMonths(7)));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(120, true)]
    [InlineData(121, false)]
    public void SetRetention_AcceptsSixToOneHundredAndTwentyMonths(int months, bool accepted)
    {
        var call = Programme.IcpAgir2021Call();

        if (accepted)
        {
            call.SetRetention(months);
            Assert.Equal(months, call.RetentionMonths);
        }
        else
        {
            Assert.Throws<RetentionPeriodRefusedException>(() => call.SetRetention(months));
            Assert.Equal(36, call.RetentionMonths);
        }
    }

    private static Application Submitted(ICP.Domain.Programme.ApplicationWindow window)
    {
        var application = Application.Start(Programme.IcpAgir2021Call(), 7, "ZA", "ICP-2021-ZA-0001", Officer, During);
        foreach (var step in Enum.GetValues<ApplicationStep>())
        {
            application.SaveSection(step, "{\"answer\":\"x\"}", true, Guid.Empty, Officer, During, window);
        }

        application.AttachDocument("key", "letter.pdf", 100, "abc", Officer, During, window);
        application.Submit(new SubmissionSnapshot("{\"a\":1}", "sha-a", 3, null), Guid.NewGuid(), "AAAA-BBBB-CCCC", Officer, true, During, window);
        return application;
    }
}
