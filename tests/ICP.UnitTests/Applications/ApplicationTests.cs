using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class ApplicationTests
{
    private static readonly Actor Officer = new("user-1", "Officer One");
    private static readonly Actor Colleague = new("user-2", "Officer Two");
    private static readonly DateTimeOffset During = new(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_InsideTheWindow_IsADraftInItsQuotaGroup_WithAHistoryRow()
    {
        var application = Start();

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal("ZA", application.QuotaGroupCode);
        Assert.Equal("ICP-2021-ZA-0001", application.Reference);
        var change = Assert.Single(application.StatusChanges);
        Assert.Equal((null, ApplicationStatus.Draft, "user-1"), (change.From, change.To, change.ActorId));
    }

    [Fact]
    public void Start_AfterTheDeadline_IsRefused()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Throws<CallClosedException>(() => Application.Start(call, 7, "ZA", "ICP-2021-ZA-0001", Officer, call.Deadline));
    }

    [Fact]
    public void Start_TerritoryOutsideTheCall_IsRefused()
    {
        Assert.Throws<TerritoryNotEligibleException>(() => Application.Start(Programme.IcpAgir2021Call(), 7, "US", "ICP-2021-US-0001", Officer, During));
    }

    [Fact]
    public void SaveSection_FromAnOlderVersion_IsAConflict_AndKeepsTheNewerAnswers()
    {
        var application = Start();
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var first = application.SaveSection(ApplicationStep.Contacts, "{\"a\":1}", false, Guid.Empty, Officer, During, window);
        var versionBothOpened = first.Version;
        application.SaveSection(ApplicationStep.Contacts, "{\"a\":2}", false, versionBothOpened, Officer, During.AddMinutes(1), window);

        var conflict = Assert.Throws<EditConflictException>(() =>
            application.SaveSection(ApplicationStep.Contacts, "{\"a\":3}", false, versionBothOpened, Colleague, During.AddMinutes(2), window));

        Assert.Equal("Officer One", conflict.SavedBy);
        Assert.Equal("{\"a\":2}", application.Section(ApplicationStep.Contacts)!.DataJson);
    }

    [Fact]
    public void SaveSection_NeverSavedStep_ExpectingAVersion_IsAConflict()
    {
        var application = Start();

        Assert.Throws<EditConflictException>(() => application.SaveSection(
            ApplicationStep.Case, "{}", false, Guid.NewGuid(), Officer, During, Programme.IcpAgir2021Call().WindowFor(7)));
    }

    [Fact]
    public void Submit_Complete_MakesVersionOne_AndTheSameKeyNeverMakesASecond()
    {
        var application = Complete(Start());
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var key = Guid.NewGuid();

        var first = application.Submit(Snapshot("one"), key, "AAAA-BBBB-CCCC", Officer, true, During, window);
        var again = application.Submit(Snapshot("two"), key, "DDDD-EEEE-FFFF", Officer, true, During.AddSeconds(1), window);

        Assert.Same(first, again);
        Assert.Single(application.Versions);
        Assert.Equal(1, first.Number);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Submit_ByAnOfficerWhoIsNotTheDesignatedSubmitter_IsRefused()
    {
        var application = Complete(Start());

        Assert.Throws<NotDesignatedSubmitterException>(() => application.Submit(
            Snapshot("x"), Guid.NewGuid(), "AAAA-BBBB-CCCC", Colleague, false, During, Programme.IcpAgir2021Call().WindowFor(7)));
    }

    [Fact]
    public void Submit_WithoutTheDocument_NamesWhatIsMissing()
    {
        var application = Start();
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        foreach (var step in Enum.GetValues<ApplicationStep>())
        {
            application.SaveSection(step, "{}", true, Guid.Empty, Officer, During, window);
        }

        var incomplete = Assert.Throws<ApplicationIncompleteException>(() =>
            application.Submit(Snapshot("x"), Guid.NewGuid(), "AAAA-BBBB-CCCC", Officer, true, During, window));

        Assert.Equal(["Document"], incomplete.Missing);
    }

    [Fact]
    public void Submit_OneTickBeforeTheDeadline_IsOnTime_AtTheDeadline_IsLate()
    {
        var call = Programme.IcpAgir2021Call();
        var application = Complete(Start());

        var onTime = application.Submit(Snapshot("a"), Guid.NewGuid(), "AAAA-BBBB-CCCC", Officer, true, call.Deadline.AddTicks(-1), call.WindowFor(7));
        Assert.Throws<CallClosedException>(() =>
            application.Submit(Snapshot("b"), Guid.NewGuid(), "DDDD-EEEE-FFFF", Officer, true, call.Deadline, call.WindowFor(7)));

        Assert.Equal(call.Deadline.AddTicks(-1), onTime.SubmittedAt);
        Assert.Single(application.Versions);
    }

    [Fact]
    public void Submit_RepeatedAfterWithdrawalOrANewerVersion_IsRefused_NotAnsweredWithTheOldVersion()
    {
        var application = Complete(Start());
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var first = Guid.NewGuid();
        application.Submit(Snapshot("a"), first, "AAAA-BBBB-CCCC", Officer, true, During, window);
        application.Withdraw("Council said no", Officer, true, During.AddHours(1), window);

        var afterWithdrawal = Assert.Throws<SubmitPageReusedException>(() => application.Submit(Snapshot("a"), first, "DDDD-EEEE-FFFF", Officer, true, During.AddHours(2), window));
        Assert.Equal(1, afterWithdrawal.VersionNumber);

        application.Submit(Snapshot("b"), Guid.NewGuid(), "GGGG-HHHH-JJJJ", Officer, true, During.AddHours(3), window);
        Assert.Throws<SubmitPageReusedException>(() => application.VersionMadeBy(first));
        Assert.Equal(2, application.Versions.Count);
    }

    [Fact]
    public void DraftFingerprint_ChangesWithAnySavedStepOrANewLetter_AndOnlyThen()
    {
        var application = Complete(Start());
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        var reviewed = application.DraftFingerprint();
        Assert.Equal(reviewed, application.DraftFingerprint());

        application.SaveSection(ApplicationStep.Case, "{}", true, application.Section(ApplicationStep.Case)!.Version, Colleague, During.AddMinutes(5), window);
        var afterSave = application.DraftFingerprint();
        Assert.NotEqual(reviewed, afterSave);

        application.AttachDocument("key-2", "letter-signed.pdf", 120, "def", Officer, During.AddMinutes(6), window);
        Assert.NotEqual(afterSave, application.DraftFingerprint());
    }

    [Fact]
    public void Withdraw_ThenSubmitAgain_FollowsTheTransitionTable()
    {
        var application = Complete(Start());
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        application.Submit(Snapshot("a"), Guid.NewGuid(), "AAAA-BBBB-CCCC", Officer, true, During, window);

        application.Withdraw("Council said no", Officer, true, During.AddHours(1), window);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Null(application.EvaluatedVersion(window.Deadline));
        Assert.Throws<InvalidStatusTransitionException>(() => application.Withdraw("Twice", Officer, true, During.AddHours(2), window));

        application.Submit(Snapshot("b"), Guid.NewGuid(), "DDDD-EEEE-FFFF", Officer, true, During.AddHours(3), window);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(2, application.EvaluatedVersion(window.Deadline)!.Number);
        Assert.Equal(
            [ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.Withdrawn, ApplicationStatus.Submitted],
            application.StatusChanges.Select(c => c.To));
    }

    [Fact]
    public void EvaluatedVersionNumber_LastVersionBeforeTheDeadline_NoneOnceWithdrawn()
    {
        var deadline = new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);
        (int, DateTimeOffset)[] versions = [(1, deadline.AddDays(-3)), (2, deadline.AddSeconds(-1)), (3, deadline)];

        Assert.Equal(2, Application.EvaluatedVersionNumber(ApplicationStatus.Submitted, versions, deadline));
        Assert.Null(Application.EvaluatedVersionNumber(ApplicationStatus.Withdrawn, versions, deadline));
        Assert.Null(Application.EvaluatedVersionNumber(ApplicationStatus.Submitted, [], deadline));
    }

    [Fact]
    public void Withdraw_ADraft_IsNotAllowed()
    {
        var application = Start();

        Assert.Throws<InvalidStatusTransitionException>(() =>
            application.Withdraw("Never submitted", Officer, true, During, Programme.IcpAgir2021Call().WindowFor(7)));
    }

    [Fact]
    public void AttachDocument_KeepsEarlierFilesForTheVersionsThatCiteThem()
    {
        var application = Start();
        var window = Programme.IcpAgir2021Call().WindowFor(7);

        application.AttachDocument("key1", "a.pdf", 10, "aa", Officer, During, window);
        application.AttachDocument("key2", "b.pdf", 20, "bb", Officer, During.AddMinutes(1), window);

        Assert.Equal(2, application.Documents.Count);
        Assert.Equal("key2", application.CurrentDocument!.StorageKey);
    }

    [Fact]
    public void MakeReference_PadsTheNumber()
    {
        Assert.Equal("ICP-2021-CA-0007", Application.MakeReference("ICP-2021", "CA", 7));
    }

    private static Application Start() =>
        Application.Start(Programme.IcpAgir2021Call(), 7, "ZA", "ICP-2021-ZA-0001", Officer, During);

    private static Application Complete(Application application)
    {
        var window = Programme.IcpAgir2021Call().WindowFor(7);
        foreach (var step in Enum.GetValues<ApplicationStep>())
        {
            application.SaveSection(step, "{}", true, application.Section(step)?.Version ?? Guid.Empty, Officer, During, window);
        }

        application.AttachDocument("key", "letter.pdf", 100, "abc", Officer, During, window);
        return application;
    }

    private static SubmissionSnapshot Snapshot(string content) => new(content, content + "-sha", null, null);
}
