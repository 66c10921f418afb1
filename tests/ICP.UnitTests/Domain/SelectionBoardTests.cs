using ICP.Domain.Common;
using ICP.Domain.Selection;
using ICP.Testing.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

/// <summary>
/// Selection by quota group on the real ICP-AGIR 2021 figures: CA 4, ZA 4, SG 1, HK 1, KR 2, TW 2,
/// EU 14 seats with at most 3 cities per Member State.
/// </summary>
public sealed class SelectionBoardTests
{
    private const int CallId = 1;
    private const string Staff = "staff-1";

    private static readonly IReadOnlySet<int> NoneDeclined = new HashSet<int>();

    private DateTimeOffset _clock = new(2021, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DecisionOutcome.Selected)]
    [InlineData(DecisionOutcome.Reserve)]
    public void Stage_ApplicationThatDidNotPass_CannotBeSelectedOrReserved(DecisionOutcome outcome)
    {
        var board = Board("CA");

        Assert.Throws<NotSelectableException>(() => Stage(board, Failed(1, "CA"), outcome));
        Assert.Empty(board.Decisions);
    }

    [Fact]
    public void Stage_ApplicationThatDidNotPass_CanBeNotSelected()
    {
        var board = Board("CA");

        var decision = Stage(board, Failed(1, "CA"), DecisionOutcome.NotSelected);

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
        var board = Board(group);
        for (var id = 1; id <= seats; id++)
        {
            Stage(board, Passed(id, territory), DecisionOutcome.Selected);
        }

        var full = Assert.Throws<QuotaFullException>(() => Stage(board, Passed(99, territory), DecisionOutcome.Selected));

        Assert.Equal((group, seats), (full.Group, full.Seats));
        Assert.Equal(seats, board.SeatsTaken(NoneDeclined));
        Assert.DoesNotContain(board.Decisions, d => d.ApplicationId == 99);
    }

    [Fact]
    public void Stage_FourthCityFromOneMemberState_ThrowsCountryCapReached()
    {
        var board = Board("EU");
        Stage(board, Passed(1, "IT"), DecisionOutcome.Selected);
        Stage(board, Passed(2, "IT"), DecisionOutcome.Selected);
        Stage(board, Passed(3, "IT"), DecisionOutcome.Selected);

        var cap = Assert.Throws<CountryCapReachedException>(() => Stage(board, Passed(4, "IT"), DecisionOutcome.Selected));

        Assert.Equal(("IT", 3), (cap.Country, cap.Cap));
        Assert.Equal(3, board.TakenFrom("IT", NoneDeclined));
        Stage(board, Passed(5, "FR"), DecisionOutcome.Selected);
        Assert.Equal(4, board.SeatsTaken(NoneDeclined));
    }

    [Fact]
    public void Stage_MemberStateAtItsCap_CanStillHaveCitiesOnTheReserveList()
    {
        var board = Board("EU");
        for (var id = 1; id <= 3; id++)
        {
            Stage(board, Passed(id, "IT"), DecisionOutcome.Selected);
        }

        var reserve = Stage(board, Passed(4, "IT"), DecisionOutcome.Reserve);

        Assert.Equal(DecisionOutcome.Reserve, reserve.Outcome);
        Assert.Equal(1, reserve.ReserveRank);
    }

    [Fact]
    public void Stage_EuGroup_FourteenSeatsAcrossMemberStates_ThenQuotaFull()
    {
        var board = Board("EU");
        string[] states = ["IT", "FR", "DE", "ES", "PL"];
        var id = 0;
        foreach (var state in states)
        {
            for (var i = 0; i < 3 && id < 14; i++)
            {
                Stage(board, Passed(++id, state), DecisionOutcome.Selected);
            }
        }

        Assert.Equal(14, board.SeatsTaken(NoneDeclined));
        var full = Assert.Throws<QuotaFullException>(() => Stage(board, Passed(15, "NL"), DecisionOutcome.Selected));
        Assert.Equal(("EU", 14), (full.Group, full.Seats));
    }

    [Fact]
    public void Stage_TerritoryOutsideTheGroup_IsNotSelectable()
    {
        var board = Board("ZA");

        Assert.Throws<NotSelectableException>(() => Stage(board, Passed(1, "CA"), DecisionOutcome.Selected));
    }

    [Fact]
    public void Stage_ChangingAPendingDecision_UpdatesItAndFreesTheSeat()
    {
        var board = Board("SG");
        var first = Stage(board, Passed(1, "SG"), DecisionOutcome.Selected);

        var changed = board.Stage(Passed(1, "SG"), DecisionOutcome.NotSelected, NoneDeclined, "staff-2", Next(), "  Second thoughts ");
        Stage(board, Passed(2, "SG"), DecisionOutcome.Selected);

        Assert.Same(first, changed);
        Assert.Equal((DecisionOutcome.NotSelected, "staff-2", "Second thoughts"), (changed.Outcome, changed.DecidedBy, changed.Note));
        Assert.Equal(2, board.Decisions.Count);
        Assert.Equal(1, board.SeatsTaken(NoneDeclined));
    }

    [Fact]
    public void Stage_SelectedAgain_DoesNotCountItsOwnSeatTwice()
    {
        var board = Board("SG");
        Stage(board, Passed(1, "SG"), DecisionOutcome.Selected);

        var again = board.Stage(Passed(1, "SG"), DecisionOutcome.Selected, NoneDeclined, Staff, Next(), "Note added");

        Assert.Equal("Note added", again.Note);
        Assert.Single(board.Decisions);
    }

    [Fact]
    public void Stage_ReleasedDecision_ThrowsDecisionReleased()
    {
        var board = Board("CA");
        Stage(board, Passed(1, "CA"), DecisionOutcome.Selected);
        board.ReleasePending(NoneDeclined, Staff, Next());

        Assert.Throws<DecisionReleasedException>(() => Stage(board, Passed(1, "CA"), DecisionOutcome.NotSelected));
        Assert.Equal(DecisionOutcome.Selected, Assert.Single(board.Decisions).Outcome);
    }

    [Fact]
    public void Stage_SeatOfADeclinedCity_IsFreeAgain()
    {
        var board = Board("SG");
        Stage(board, Passed(1, "SG"), DecisionOutcome.Selected);
        board.ReleasePending(NoneDeclined, Staff, Next());
        var declined = new HashSet<int> { 1 };

        Stage(board, Passed(2, "SG"), DecisionOutcome.Selected, declined);

        Assert.Equal(1, board.SeatsTaken(declined));
        Assert.Equal(2, board.SeatsTaken(NoneDeclined));
    }

    [Fact]
    public void Stage_ReserveList_IsOrderedByScore()
    {
        var board = Board("CA");

        Stage(board, Passed(1, "CA", score: 65m), DecisionOutcome.Reserve);
        Stage(board, Passed(2, "CA", score: 80m), DecisionOutcome.Reserve);
        Stage(board, Passed(3, "CA", score: 72m), DecisionOutcome.Reserve);

        Assert.Equal([2, 3, 1], ReserveList(board));
    }

    [Fact]
    public void Stage_ReserveRanks_StayDense_AndOnlyReservesHaveOne()
    {
        var board = Board("CA");
        Stage(board, Passed(1, "CA", score: 80m), DecisionOutcome.Reserve);
        Stage(board, Passed(2, "CA", score: 75m), DecisionOutcome.Reserve);
        Stage(board, Passed(3, "CA", score: 70m), DecisionOutcome.Reserve);
        var selected = Stage(board, Passed(4, "CA", score: 90m), DecisionOutcome.Selected);

        var dropped = Stage(board, Passed(2, "CA", score: 75m), DecisionOutcome.NotSelected);

        Assert.Equal([1, 3], ReserveList(board));
        Assert.Equal([1, 2], board.Decisions.Where(d => d.Outcome == DecisionOutcome.Reserve).Select(d => d.ReserveRank!.Value).Order());
        Assert.Null(dropped.ReserveRank);
        Assert.Null(selected.ReserveRank);
    }

    [Fact]
    public void ReleasePending_ReleasesEveryPendingDecision_OnceOnly()
    {
        var board = Board("KR");
        Stage(board, Passed(1, "KR"), DecisionOutcome.Selected);
        Stage(board, Passed(2, "KR"), DecisionOutcome.Reserve);
        Stage(board, Failed(3, "KR"), DecisionOutcome.NotSelected);
        var at = new DateTimeOffset(2021, 12, 10, 12, 0, 0, TimeSpan.FromHours(1));

        var released = board.ReleasePending(NoneDeclined, "staff-2", at);

        Assert.Equal(3, released.Count);
        Assert.All(board.Decisions, d =>
        {
            Assert.Equal(DecisionState.Released, d.State);
            Assert.Equal("staff-2", d.ReleasedBy);
            Assert.Equal(at, d.ReleasedAt);
            Assert.Equal(TimeSpan.Zero, d.ReleasedAt!.Value.Offset);
        });
        Assert.Empty(board.ReleasePending(NoneDeclined, "staff-2", at.AddMinutes(1)));
    }

    [Fact]
    public void ReleasePending_CapLoweredSinceStaging_ThrowsAndReleasesNothing()
    {
        var decisions = new List<SelectionDecision>();
        var board = new SelectionBoard(Group("EU", memberStateCap: 3), CallId, decisions);
        for (var id = 1; id <= 3; id++)
        {
            Stage(board, Passed(id, "IT"), DecisionOutcome.Selected);
        }

        var stricter = new SelectionBoard(Group("EU", memberStateCap: 2), CallId, decisions);

        var cap = Assert.Throws<CountryCapReachedException>(() => stricter.ReleasePending(NoneDeclined, Staff, Next()));
        Assert.Equal(("IT", 2), (cap.Country, cap.Cap));
        Assert.All(decisions, d => Assert.Equal(DecisionState.Pending, d.State));
    }

    [Fact]
    public void ReleasePending_DeclineOverturnedSinceStaging_ThrowsQuotaFullAndReleasesNothing()
    {
        var board = Board("HK");
        Stage(board, Passed(1, "HK"), DecisionOutcome.Selected);
        board.ReleasePending(NoneDeclined, Staff, Next());
        Stage(board, Passed(2, "HK"), DecisionOutcome.Selected, new HashSet<int> { 1 });

        // The city's withdrawal was overridden: it holds its seat again.
        Assert.Throws<QuotaFullException>(() => board.ReleasePending(NoneDeclined, Staff, Next()));
        Assert.Equal(DecisionState.Pending, board.Decisions.Single(d => d.ApplicationId == 2).State);
    }

    [Fact]
    public void ProposeReplacement_SelectedCityDeclined_ProposesTheBestReserveThatFitsTheCap()
    {
        var board = EuBoardWithReleasedReserves();

        // A French city withdrew: Italy is still at its cap, so the Italian first reserve is passed over.
        var forFrance = board.ProposeReplacement(new HashSet<int> { 4 });
        // An Italian city withdrew: the Italian first reserve fits.
        var forItaly = board.ProposeReplacement(new HashSet<int> { 1 });

        Assert.Equal(11, forFrance?.ApplicationId);
        Assert.Equal(10, forItaly?.ApplicationId);
    }

    [Fact]
    public void ProposeReplacement_GroupStillFull_ProposesNobody()
    {
        var board = Board("SG");
        Stage(board, Passed(1, "SG", score: 90m), DecisionOutcome.Selected);
        Stage(board, Passed(2, "SG", score: 70m), DecisionOutcome.Reserve);
        board.ReleasePending(NoneDeclined, Staff, Next());

        Assert.Null(board.ProposeReplacement(NoneDeclined));
        Assert.Equal(2, board.ProposeReplacement(new HashSet<int> { 1 })?.ApplicationId);
    }

    [Fact]
    public void ProposeReplacement_ReserveNotYetReleased_IsNotProposed()
    {
        var board = Board("SG");
        Stage(board, Passed(1, "SG", score: 90m), DecisionOutcome.Selected);
        board.ReleasePending(NoneDeclined, Staff, Next());
        Stage(board, Passed(2, "SG", score: 70m), DecisionOutcome.Reserve);

        Assert.Null(board.ProposeReplacement(new HashSet<int> { 1 }));
    }

    [Fact]
    public void Promote_ProposedReserve_BecomesSelectedPendingRelease_AndTheListMovesUp()
    {
        var board = EuBoardWithReleasedReserves();
        var declined = new HashSet<int> { 1 };

        var promoted = board.Promote(10, declined, "staff-2", Next(), "Promoted from the reserve list");

        Assert.Equal((DecisionOutcome.Selected, DecisionState.Pending), (promoted.Outcome, promoted.State));
        Assert.Null(promoted.ReserveRank);
        Assert.Null(promoted.ReleasedAt);
        Assert.Null(promoted.ReleasedBy);
        Assert.Equal([11], ReserveList(board));
        Assert.Equal(1, board.Decisions.Single(d => d.ApplicationId == 11).ReserveRank);
        Assert.Equal(3, board.TakenFrom("IT", declined));
        var released = Assert.Single(board.ReleasePending(declined, "staff-2", Next()));
        Assert.Same(promoted, released);
    }

    [Fact]
    public void Promote_WhileTheCountryIsAtItsCap_ThrowsCountryCapReached()
    {
        var board = EuBoardWithReleasedReserves();

        Assert.Throws<CountryCapReachedException>(() => board.Promote(10, new HashSet<int> { 4 }, Staff, Next(), ""));
        Assert.Equal(DecisionOutcome.Reserve, board.Decisions.Single(d => d.ApplicationId == 10).Outcome);
    }

    [Fact]
    public void Promote_NoSeatFree_ThrowsQuotaFull()
    {
        var board = Board("SG");
        Stage(board, Passed(1, "SG", score: 90m), DecisionOutcome.Selected);
        Stage(board, Passed(2, "SG", score: 70m), DecisionOutcome.Reserve);
        board.ReleasePending(NoneDeclined, Staff, Next());

        Assert.Throws<QuotaFullException>(() => board.Promote(2, NoneDeclined, Staff, Next(), ""));
    }

    [Fact]
    public void Promote_CityNotOnTheReserveList_IsNotSelectable()
    {
        var board = Board("CA");
        Stage(board, Failed(1, "CA"), DecisionOutcome.NotSelected);
        board.ReleasePending(NoneDeclined, Staff, Next());

        Assert.Throws<NotSelectableException>(() => board.Promote(1, NoneDeclined, Staff, Next(), ""));
        Assert.Throws<NotSelectableException>(() => board.Promote(404, NoneDeclined, Staff, Next(), ""));
    }

    /// <summary>
    /// EU, released: Italy at its cap (1, 2, 3), France with one city (4); reserve list Italy (10, 78)
    /// then France (11, 74).
    /// </summary>
    private SelectionBoard EuBoardWithReleasedReserves()
    {
        var board = Board("EU");
        Stage(board, Passed(1, "IT", score: 90m), DecisionOutcome.Selected);
        Stage(board, Passed(2, "IT", score: 88m), DecisionOutcome.Selected);
        Stage(board, Passed(3, "IT", score: 86m), DecisionOutcome.Selected);
        Stage(board, Passed(4, "FR", score: 84m), DecisionOutcome.Selected);
        Stage(board, Passed(10, "IT", score: 78m), DecisionOutcome.Reserve);
        Stage(board, Passed(11, "FR", score: 74m), DecisionOutcome.Reserve);
        board.ReleasePending(NoneDeclined, Staff, Next());
        Assert.Equal([10, 11], ReserveList(board));
        return board;
    }

    private static ICP.Domain.Programme.QuotaGroup Group(string code, int memberStateCap = 3) =>
        Programme.IcpAgir2021Call(memberStateCap).QuotaGroups.Single(g => g.Code == code);

    private static SelectionBoard Board(string code) => new(Group(code), CallId, []);

    private static Candidate Passed(int applicationId, string territory, decimal score = 70m) => new(applicationId, territory, score, true);

    private static Candidate Failed(int applicationId, string territory) => new(applicationId, territory, 40m, false);

    private static IEnumerable<int> ReserveList(SelectionBoard board) =>
        board.Decisions.Where(d => d.Outcome == DecisionOutcome.Reserve).OrderBy(d => d.ReserveRank).Select(d => d.ApplicationId);

    private SelectionDecision Stage(SelectionBoard board, Candidate candidate, DecisionOutcome outcome, IReadOnlySet<int>? declined = null) =>
        board.Stage(candidate, outcome, declined ?? NoneDeclined, Staff, Next());

    /// <summary>Each decision a minute after the previous one, as staff work through the board.</summary>
    private DateTimeOffset Next() => _clock = _clock.AddMinutes(1);
}
