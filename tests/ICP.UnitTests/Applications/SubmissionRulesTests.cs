using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.UnitTests.Builders;
using ICP.Web.Areas.Applicant.Controllers;
using ICP.Web.Features.Applications;
using Xunit;

namespace ICP.UnitTests.Applications;

/// <summary>
/// The rules the applicant's pages and the submission both need are the domain's, asked by both:
/// what is missing for submission, and whether a change arrived inside the window.
/// </summary>
public sealed class SubmissionRulesTests
{
    private static readonly Actor Officer = new("user-1", "Officer One");
    private static readonly DateTimeOffset During = new(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MissingForSubmission_TheApplicationAndItsSummary_NameTheSameParts()
    {
        var call = Programme.IcpAgir2021Call();
        var application = Application.Start(call, 7, "ZA", "ICP-2021-ZA-0001", Officer, During);
        var window = call.WindowFor(7);
        application.SaveSection(ApplicationStep.LocalAuthority, "{}", isComplete: true, Guid.Empty, Officer, During, window);
        application.SaveSection(ApplicationStep.Contacts, "{}", isComplete: false, Guid.Empty, Officer, During, window);

        var summary = SummaryOf(application, document: null);

        Assert.Equal(["Contacts", "Themes", "Case", "Capacity", Application.DocumentPart], application.MissingForSubmission());
        Assert.Equal(application.MissingForSubmission(), summary.Missing);
        Assert.False(summary.ReadyToSubmit);
    }

    [Fact]
    public void MissingForSubmission_EveryStepCompleteAndALetter_IsNothing_OnBothSides()
    {
        var summary = new ApplicationSummary(
            1, "ICP-2021-ZA-0001", ApplicationStatus.Draft, "ZA",
            [.. Steps.All.Select(s => new StepStatus(s, true, true, "Officer One", During))],
            new DocumentInfo(1, "letter.pdf", 1000, "00", "Officer One", During), [], [], false, "Officer One");

        Assert.Empty(summary.Missing);
        Assert.True(summary.ReadyToSubmit);
        Assert.Empty(Application.MissingForSubmission(_ => true, hasDocument: true));
        Assert.Equal([Application.DocumentPart], Application.MissingForSubmission(_ => true, hasDocument: false));
    }

    [Fact]
    public void EnsureOpenAt_IsTheOneWindowCheck_OpenUpToTheTickBeforeTheDeadline()
    {
        var window = Programme.IcpAgir2021Call().Window;

        window.EnsureOpenAt(window.OpensAt);
        window.EnsureOpenAt(window.Deadline.AddTicks(-1));
        var late = Assert.Throws<CallClosedException>(() => window.EnsureOpenAt(window.Deadline));
        Assert.Equal(window, late.Window);
        Assert.Throws<CallClosedException>(() => window.EnsureOpenAt(window.OpensAt.AddTicks(-1)));
    }

    [Fact]
    public void DeadlinePassedPage_SaysNotYetOpen_ExactlyWhenTheWindowDoes()
    {
        var window = Programme.IcpAgir2021Call().Window;

        Assert.True(new DeadlinePassedPage(window.OpensAt, window.Deadline, window.OpensAt.AddTicks(-1)).NotYetOpen);
        Assert.False(new DeadlinePassedPage(window.OpensAt, window.Deadline, window.OpensAt).NotYetOpen);
        Assert.False(new DeadlinePassedPage(window.OpensAt, window.Deadline, window.Deadline).NotYetOpen);
    }

    private static ApplicationSummary SummaryOf(Application application, DocumentInfo? document) =>
        new(1, application.Reference, application.Status, application.QuotaGroupCode,
            [.. Steps.All.Select(s => new StepStatus(s, application.Section(s.Step) is not null, application.Section(s.Step)?.IsComplete == true, null, null))],
            document, [], [], false, "Officer One");
}
