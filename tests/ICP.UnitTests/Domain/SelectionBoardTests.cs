using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

/// <summary>
/// Selection by quota group on the real ICP-AGIR 2021 figures: CA 4, ZA 4, SG 1, HK 1, KR 2, TW 2,
/// EU 14 seats with at most 3 cities per Member State. The board is what production runs: the
/// workflow and the board page load it and ask it.
/// </summary>
public sealed class SelectionBoardTests
{
    private const int CallId = 1;
    private const string Staff = "staff-1";

    private readonly Call _call = Programme.IcpAgir2021Call();

    /// <summary>After the deadline (15 November 2021), when boards are decided.</summary>
    private DateTimeOffset _clock = new(2021, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DecisionOutcome.Selected)]
    [InlineData(DecisionOutcome.Reserve)]
    public void Stage_ApplicationThatDidNotPass_CannotBeSelectedOrReserved(DecisionOutcome outcome)
    {
        var board = Board("CA", Failed(1, "CA"));

        Assert.Throws<NotSelectableException>(() => Stage(board, 1, outcome));
        Assert.Empty(board.Decisions);
    }

    [Fact]
    public void Stage_ApplicationThatDidNotPass_CanBeNotSelected()
    {
        var board = Board("CA", Failed(1, "CA"));

        var decision = Stage(board, 1, DecisionOutcome.NotSelected);

        Assert.Equal((DecisionOutcome.NotSelected, DecisionState.Pending, "CA", "CA"), (decision.Outcome, decision.State, decision.QuotaGroupCode, decision.TerritoryCode));
        Assert.Null(decision.ReserveRank);
    }

    [Theory]
    [InlineData("CA", "CA", 4)]
    [InlineData("ZA", "ZA", 4)]
    [InlineData("SG", "SG", 1)]
    [InlineData("HK", "HK", 1)]
    [InlineData("KR", "KR", 2)]
    [InlineData("TW", "TW", 2)]
    public void Stage_PartnerGroup_FillsExactlyItsSeats_ThenThrowsQuotaFull(string group, string territory, int seats)
    {
        var board = Board(group, [.. Enumerable.Range(1, seats).Append(99).Select(id => Passed(id, territory))]);
        for (var id = 1; id <= seats; id++)
        {
            Stage(board, id, DecisionOutcome.Selected);
        }

        var full = Assert.Throws<QuotaFullException>(() => Stage(board, 99, DecisionOutcome.Selected));

        Assert.Equal((group, seats), (full.Group, full.Seats));
        Assert.Equal(seats, board.SeatsTaken);
        Assert.DoesNotContain(board.Decisions, d => d.ApplicationId == 99);
    }

    [Fact]
    public void Stage_FourthCityFromOneMemberState_ThrowsCountryCapReached()
    {
        var board = Board("EU", Passed(1, "IT"), Passed(2, "IT"), Passed(3, "IT"), Passed(4, "IT"), Passed(5, "FR"));
        Stage(board, 1, DecisionOutcome.Selected);
        Stage(board, 2, DecisionOutcome.Selected);
        Stage(board, 3, DecisionOutcome.Selected);

        var cap = Assert.Throws<CountryCapReachedException>(() => Stage(board, 4, DecisionOutcome.Selected));

        Assert.Equal(("IT", 3), (cap.Country, cap.Cap));
        Assert.Equal(3, board.TakenFrom("IT"));
        Stage(board, 5, DecisionOutcome.Selected);
        Assert.Equal(4, board.SeatsTaken);
    }

    [Fact]
    public void Stage_MemberStateAtItsCap_CanStillHaveCitiesOnTheReserveList()
    {
        var board = Board("EU", Passed(1, "IT"), Passed(2, "IT"), Passed(3, "IT"), Passed(4, "IT"));
        for (var id = 1; id <= 3; id++)
        {
            Stage(board, id, DecisionOutcome.Selected);
        }

        var reserve = Stage(board, 4, DecisionOutcome.Reserve);

        Assert.Equal(DecisionOutcome.Reserve, reserve.Outcome);
        Assert.Equal(1, reserve.ReserveRank);
    }

    [Fact]
    public void Stage_EuGroup_FourteenSeatsAcrossMemberStates_ThenQuotaFull()
    {
        string[] states = ["IT", "FR", "DE", "ES", "PL"];
        var candidates = Enumerable.Range(0, 14).Select(i => Passed(i + 1, states[i / 3])).Append(Passed(15, "NL")).ToArray();
        var board = Board("EU", candidates);
        for (var id = 1; id <= 14; id++)
        {
            Stage(board, id, DecisionOutcome.Selected);
        }

        Assert.Equal(14, board.SeatsTaken);
        var full = Assert.Throws<QuotaFullException>(() => Stage(board, 15, DecisionOutcome.Selected));
        Assert.Equal(("EU", 14), (full.Group, full.Seats));
    }

    [Fact]
    public void Stage_TerritoryOutsideTheGroup_IsNotSelectable()
    {
        var board = Board("ZA", Passed(1, "CA"));

        Assert.Throws<NotSelectableException>(() => Stage(board, 1, DecisionOutcome.Selected));
    }

    [Fact]
    public void Stage_ChangingAPendingDecision_UpdatesItAndFreesTheSeat()
    {
        var board = Board("SG", Passed(1, "SG"), Passed(2, "SG"));
        var first = Stage(board, 1, DecisionOutcome.Selected);

        var changed = board.Stage(1, DecisionOutcome.NotSelected, _call, "staff-2", Next(), "  Second thoughts ");
        Stage(board, 2, DecisionOutcome.Selected);

        Assert.Same(first, changed);
        Assert.Equal((DecisionOutcome.NotSelected, "staff-2", "Second thoughts"), (changed.Outcome, changed.DecidedBy, changed.Note));
        Assert.Equal(2, board.Decisions.Count);
        Assert.Equal(1, board.SeatsTaken);
    }

    [Fact]
    public void Stage_SelectedAgain_DoesNotCountItsOwnSeatTwice()
    {
        var board = Board("SG", Passed(1, "SG"));
        Stage(board, 1, DecisionOutcome.Selected);

        var again = board.Stage(1, DecisionOutcome.Selected, _call, Staff, Next(), "Note added");

        Assert.Equal("Note added", again.Note);
        Assert.Single(board.Decisions);
    }

    [Fact]
    public void Stage_ReleasedDecision_ThrowsDecisionReleased_NotThatTheApplicationIsNoLongerSubmitted()
    {
        var board = Board("CA", Passed(1, "CA"));
        Stage(board, 1, DecisionOutcome.Selected);
        board.ReleasePending(Staff, Next());

        Assert.False(board.CanStage(1, _call, Next()));
        Assert.Throws<DecisionReleasedException>(() => Stage(board, 1, DecisionOutcome.NotSelected));
        Assert.Equal(DecisionOutcome.Selected, Assert.Single(board.Decisions).Outcome);
    }

    [Fact]
    public void Stage_BeforeTheDeadline_IsRefused()
    {
        var board = Board("CA", Passed(1, "CA"));
        _clock = _call.CurrentDeadline.AddMinutes(-2);

        Assert.False(board.CanStage(1, _call, _clock));
        var refused = Assert.Throws<NotSelectableException>(() => Stage(board, 1, DecisionOutcome.Selected));
        Assert.Equal("Cities are selected after the deadline.", refused.Message);
        Assert.Empty(board.Decisions);
    }

    [Fact]
    public void Stage_CityUnderItsIndividualExtension_IsRefused_AndCanStageSaysSo()
    {
        var board = Board("CA", Passed(1, "CA"), Passed(2, "CA"));
        _call.GrantIndividualExtension(1, _clock.AddDays(5), "Flooding closed the city hall", Staff, _clock.AddDays(-20));

        Assert.False(board.CanStage(1, _call, Next()));
        Assert.True(board.CanStage(2, _call, Next()));
        Assert.Throws<ExtensionStillOpenException>(() => Stage(board, 1, DecisionOutcome.Selected));
        Assert.Empty(board.Decisions);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Declined)]
    public void Stage_ApplicationNotSubmitted_IsRefused(ApplicationStatus status)
    {
        var board = Board("CA", Passed(1, "CA") with { Status = status });

        Assert.False(board.CanStage(1, _call, Next()));
        Assert.Throws<NotSelectableException>(() => Stage(board, 1, DecisionOutcome.NotSelected));
        Assert.Throws<NotSelectableException>(() => Stage(board, 404, DecisionOutcome.NotSelected));
    }

    [Fact]
    public void Stage_SeatOfADeclinedCity_IsFreeAgain()
    {
        var board = Board("SG", Passed(1, "SG"), Passed(2, "SG"));
        Stage(board, 1, DecisionOutcome.Selected);
        board.ReleasePending(Staff, Next());

        Assert.Equal(new StatusChange(1, ApplicationStatus.Declined), board.Decline(1));
        Stage(board, 2, DecisionOutcome.Selected);

        Assert.Equal(1, board.SeatsTaken);
        Assert.Equal(0, board.Selected);
        Assert.True(board.IsDeclined(1));
    }

    [Theory]
    [InlineData(DecisionOutcome.Reserve)]
    [InlineData(DecisionOutcome.NotSelected)]
    public void Decline_CityThatWasNotSelected_IsAnInvalidTransition(DecisionOutcome outcome)
    {
        var board = Board("CA", Passed(1, "CA"), Passed(2, "CA"));
        Stage(board, 1, outcome);
        Stage(board, 2, DecisionOutcome.Selected);

        Assert.Throws<InvalidStatusTransitionException>(() => board.Decline(2));
        board.ReleasePending(Staff, Next());
        Assert.Throws<InvalidStatusTransitionException>(() => board.Decline(1));
        Assert.Equal(1, board.SeatsTaken);
    }

    [Fact]
    public void Stage_ReserveList_IsOrderedByScore()
    {
        var board = Board("CA", Passed(1, "CA", score: 65m), Passed(2, "CA", score: 80m), Passed(3, "CA", score: 72m));

        Stage(board, 1, DecisionOutcome.Reserve);
        Stage(board, 2, DecisionOutcome.Reserve);
        Stage(board, 3, DecisionOutcome.Reserve);

        Assert.Equal([2, 3, 1], ReserveList(board));
    }

    [Fact]
    public void Ranking_TiedScores_EarlierFinalSubmissionFirst_ThenReference_AndTheReserveListFollowsIt()
    {
        var morning = new DateTimeOffset(2021, 11, 10, 9, 0, 0, TimeSpan.Zero);
        var board = Board("CA",
            Passed(1, "CA", score: 70m) with { LastSubmittedAt = morning.AddHours(2) },
            Passed(2, "CA", score: 70m) with { LastSubmittedAt = morning },
            Passed(3, "CA", score: 90m) with { LastSubmittedAt = morning.AddDays(1) },
            Passed(4, "CA", score: 70m) with { LastSubmittedAt = morning, Reference = "ICP-0000" },
            Failed(5, "CA") with { Score = null });

        Assert.Equal([3, 4, 2, 1, 5], board.Ranking.Select(c => c.ApplicationId));

        // Staged in the opposite order: the reserve list is the ranking's, not the order of staging.
        Stage(board, 1, DecisionOutcome.Reserve);
        Stage(board, 2, DecisionOutcome.Reserve);
        Stage(board, 4, DecisionOutcome.Reserve);
        Assert.Equal([4, 2, 1], ReserveList(board));
    }

    [Fact]
    public void Stage_ReserveRanks_StayDense_AndOnlyReservesHaveOne()
    {
        var board = Board("CA", Passed(1, "CA", score: 80m), Passed(2, "CA", score: 75m), Passed(3, "CA", score: 70m), Passed(4, "CA", score: 90m));
        Stage(board, 1, DecisionOutcome.Reserve);
        Stage(board, 2, DecisionOutcome.Reserve);
        Stage(board, 3, DecisionOutcome.Reserve);
        var selected = Stage(board, 4, DecisionOutcome.Selected);

        var dropped = Stage(board, 2, DecisionOutcome.NotSelected);

        Assert.Equal([1, 3], ReserveList(board));
        Assert.Equal([1, 2], board.Decisions.Where(d => d.Outcome == DecisionOutcome.Reserve).Select(d => d.ReserveRank!.Value).Order());
        Assert.Null(dropped.ReserveRank);
        Assert.Null(selected.ReserveRank);
    }

    [Fact]
    public void ReleasePending_ReleasesEveryPendingDecision_OnceOnly_AndSaysWhichStatusesChange()
    {
        var board = Board("KR", Passed(1, "KR"), Passed(2, "KR"), Failed(3, "KR"));
        Stage(board, 1, DecisionOutcome.Selected);
        Stage(board, 2, DecisionOutcome.Reserve);
        Stage(board, 3, DecisionOutcome.NotSelected);
        var at = new DateTimeOffset(2021, 12, 10, 12, 0, 0, TimeSpan.FromHours(1));

        var release = board.ReleasePending("staff-2", at);

        Assert.Equal(3, release.Released.Count);
        Assert.Equal(
            [new StatusChange(1, ApplicationStatus.Selected), new StatusChange(2, ApplicationStatus.Reserve), new StatusChange(3, ApplicationStatus.NotSelected)],
            release.StatusChanges.OrderBy(c => c.ApplicationId));
        Assert.All(board.Decisions, d =>
        {
            Assert.Equal(DecisionState.Released, d.State);
            Assert.Equal("staff-2", d.ReleasedBy);
            Assert.Equal(at, d.ReleasedAt);
            Assert.Equal(TimeSpan.Zero, d.ReleasedAt!.Value.Offset);
        });
        Assert.Equal((1, 0, 3), (board.Selected, board.Pending, board.Released));
        var again = board.ReleasePending("staff-2", at.AddMinutes(1));
        Assert.Empty(again.Released);
        Assert.Empty(again.StatusChanges);
    }

    [Fact]
    public void ReleasePending_CapLoweredSinceStaging_ThrowsAndReleasesNothing()
    {
        var decisions = new List<SelectionDecision>();
        Candidate[] italians = [Passed(1, "IT"), Passed(2, "IT"), Passed(3, "IT")];
        var board = new SelectionBoard(Group("EU", memberStateCap: 3), CallId, decisions, italians);
        for (var id = 1; id <= 3; id++)
        {
            Stage(board, id, DecisionOutcome.Selected);
        }

        var stricter = new SelectionBoard(Group("EU", memberStateCap: 2), CallId, decisions, italians);

        var cap = Assert.Throws<CountryCapReachedException>(() => stricter.ReleasePending(Staff, Next()));
        Assert.Equal(("IT", 2), (cap.Country, cap.Cap));
        Assert.All(decisions, d => Assert.Equal(DecisionState.Pending, d.State));
    }

    [Fact]
    public void ReleasePending_DeclineOverturnedSinceStaging_ThrowsQuotaFullAndReleasesNothing()
    {
        var decisions = new List<SelectionDecision>();
        var board = new SelectionBoard(Group("HK"), CallId, decisions, [Passed(1, "HK"), Passed(2, "HK")]);
        Stage(board, 1, DecisionOutcome.Selected);
        board.ReleasePending(Staff, Next());
        board.Decline(1);
        Stage(board, 2, DecisionOutcome.Selected);

        // The city's withdrawal was overridden: it holds its seat again.
        var reloaded = new SelectionBoard(Group("HK"), CallId, decisions, [Passed(1, "HK") with { Status = ApplicationStatus.Selected }, Passed(2, "HK")]);
        Assert.Throws<QuotaFullException>(() => reloaded.ReleasePending(Staff, Next()));
        Assert.Equal(DecisionState.Pending, decisions.Single(d => d.ApplicationId == 2).State);
    }

    [Fact]
    public void ProposeReplacement_SelectedCityDeclined_ProposesTheBestReserveThatFitsTheCap()
    {
        // A French city withdrew: Italy is still at its cap, so the Italian first reserve is passed over.
        var franceDeclined = EuBoardWithReleasedReserves();
        franceDeclined.Decline(4);
        // An Italian city withdrew: the Italian first reserve fits.
        var italyDeclined = EuBoardWithReleasedReserves();
        italyDeclined.Decline(1);

        Assert.Equal(11, franceDeclined.ProposeReplacement()?.ApplicationId);
        Assert.Equal(10, italyDeclined.ProposeReplacement()?.ApplicationId);
    }

    [Fact]
    public void ProposeReplacement_GroupStillFull_ProposesNobody()
    {
        var board = Board("SG", Passed(1, "SG", score: 90m), Passed(2, "SG", score: 70m));
        Stage(board, 1, DecisionOutcome.Selected);
        Stage(board, 2, DecisionOutcome.Reserve);
        board.ReleasePending(Staff, Next());

        Assert.Null(board.ProposeReplacement());
        board.Decline(1);
        Assert.Equal(2, board.ProposeReplacement()?.ApplicationId);
    }

    [Fact]
    public void ProposeReplacement_SeatsFreeButNobodyDeclined_ProposesNobody()
    {
        var board = Board("CA", Passed(1, "CA", score: 90m), Passed(2, "CA", score: 70m));
        Stage(board, 1, DecisionOutcome.Selected);
        Stage(board, 2, DecisionOutcome.Reserve);
        board.ReleasePending(Staff, Next());

        Assert.Equal(1, board.SeatsTaken);
        Assert.Null(board.ProposeReplacement());
    }

    [Fact]
    public void ProposeReplacement_ReserveNotYetReleased_IsNotProposed()
    {
        var board = Board("SG", Passed(1, "SG", score: 90m), Passed(2, "SG", score: 70m));
        Stage(board, 1, DecisionOutcome.Selected);
        board.ReleasePending(Staff, Next());
        Stage(board, 2, DecisionOutcome.Reserve);
        board.Decline(1);

        Assert.Null(board.ProposeReplacement());
    }

    [Fact]
    public void Promote_ProposedReserve_BecomesSelectedPendingRelease_AndTheListMovesUp()
    {
        var board = EuBoardWithReleasedReserves();
        board.Decline(1);

        var promoted = board.Promote(10, "staff-2", Next(), "Promoted from the reserve list");

        Assert.Equal((DecisionOutcome.Selected, DecisionState.Pending), (promoted.Outcome, promoted.State));
        Assert.Null(promoted.ReserveRank);
        Assert.Null(promoted.ReleasedAt);
        Assert.Null(promoted.ReleasedBy);
        Assert.Equal([11], ReserveList(board));
        Assert.Equal(1, board.Decisions.Single(d => d.ApplicationId == 11).ReserveRank);
        Assert.Equal(3, board.TakenFrom("IT"));
        var release = board.ReleasePending("staff-2", Next());
        Assert.Same(promoted, Assert.Single(release.Released));
        Assert.Equal(new StatusChange(10, ApplicationStatus.Selected), Assert.Single(release.StatusChanges));
    }

    [Fact]
    public void Promote_WhileTheCountryIsAtItsCap_ThrowsCountryCapReached()
    {
        var board = EuBoardWithReleasedReserves();
        board.Decline(4);

        Assert.Throws<CountryCapReachedException>(() => board.Promote(10, Staff, Next(), ""));
        Assert.Equal(DecisionOutcome.Reserve, board.Decisions.Single(d => d.ApplicationId == 10).Outcome);
    }

    [Fact]
    public void Promote_NoSeatFree_ThrowsQuotaFull()
    {
        var board = Board("SG", Passed(1, "SG", score: 90m), Passed(2, "SG", score: 70m));
        Stage(board, 1, DecisionOutcome.Selected);
        Stage(board, 2, DecisionOutcome.Reserve);
        board.ReleasePending(Staff, Next());

        Assert.Throws<QuotaFullException>(() => board.Promote(2, Staff, Next(), ""));
    }

    [Fact]
    public void Promote_CityNotOnTheReserveList_IsNotSelectable()
    {
        var board = Board("CA", Failed(1, "CA"));
        Stage(board, 1, DecisionOutcome.NotSelected);
        board.ReleasePending(Staff, Next());

        Assert.Throws<NotSelectableException>(() => board.Promote(1, Staff, Next(), ""));
        Assert.Throws<NotSelectableException>(() => board.Promote(404, Staff, Next(), ""));
    }

    [Theory]
    [InlineData(DecisionOutcome.Selected, DecisionState.Pending, ApplicationStatus.Submitted, true, false)]
    [InlineData(DecisionOutcome.Selected, DecisionState.Released, ApplicationStatus.Selected, true, true)]
    [InlineData(DecisionOutcome.Selected, DecisionState.Released, ApplicationStatus.Declined, false, false)]
    [InlineData(DecisionOutcome.Selected, DecisionState.Pending, ApplicationStatus.Reserve, true, false)]
    [InlineData(DecisionOutcome.Reserve, DecisionState.Released, ApplicationStatus.Reserve, false, false)]
    [InlineData(DecisionOutcome.NotSelected, DecisionState.Released, ApplicationStatus.NotSelected, false, false)]
    public void Counts_TakesSeatAndIsSelected_AreTheBoardsDefinitions(DecisionOutcome outcome, DecisionState state, ApplicationStatus status, bool takesSeat, bool selected)
    {
        Assert.Equal(takesSeat, SelectionBoard.TakesSeat(outcome, status));
        Assert.Equal(selected, SelectionBoard.IsSelected(outcome, state, status));
    }

    /// <summary>
    /// EU, released: Italy at its cap (1, 2, 3), France with one city (4); reserve list Italy (10, 78)
    /// then France (11, 74).
    /// </summary>
    private SelectionBoard EuBoardWithReleasedReserves()
    {
        var board = Board("EU",
            Passed(1, "IT", score: 90m), Passed(2, "IT", score: 88m), Passed(3, "IT", score: 86m), Passed(4, "FR", score: 84m),
            Passed(10, "IT", score: 78m), Passed(11, "FR", score: 74m));
        foreach (var id in new[] { 1, 2, 3, 4 })
        {
            Stage(board, id, DecisionOutcome.Selected);
        }

        Stage(board, 10, DecisionOutcome.Reserve);
        Stage(board, 11, DecisionOutcome.Reserve);
        board.ReleasePending(Staff, Next());
        Assert.Equal([10, 11], ReserveList(board));
        return board;
    }

    private static QuotaGroup Group(string code, int memberStateCap = 3) =>
        Programme.IcpAgir2021Call(memberStateCap).QuotaGroups.Single(g => g.Code == code);

    private static SelectionBoard Board(string code, params Candidate[] candidates) => new(Group(code), CallId, [], candidates);

    /// <summary>A submitted application of the city with the same id (so an individual extension can name it).</summary>
    private static Candidate Passed(int applicationId, string territory, decimal score = 70m) =>
        new(applicationId, $"ICP-{applicationId:D4}", applicationId, territory, ApplicationStatus.Submitted, score, true, null);

    private static Candidate Failed(int applicationId, string territory) =>
        new(applicationId, $"ICP-{applicationId:D4}", applicationId, territory, ApplicationStatus.Submitted, 40m, false, null);

    private static IEnumerable<int> ReserveList(SelectionBoard board) =>
        board.Decisions.Where(d => d.Outcome == DecisionOutcome.Reserve).OrderBy(d => d.ReserveRank).Select(d => d.ApplicationId);

    private SelectionDecision Stage(SelectionBoard board, int applicationId, DecisionOutcome outcome) =>
        board.Stage(applicationId, outcome, _call, Staff, Next());

    /// <summary>Each decision a minute after the previous one, as staff work through the board.</summary>
    private DateTimeOffset Next() => _clock = _clock.AddMinutes(1);
}
