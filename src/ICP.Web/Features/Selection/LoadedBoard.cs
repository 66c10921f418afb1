using ICP.Domain.Selection;

namespace ICP.Web.Features.Selection;

/// <summary>A quota group's board as loaded, with the details the board page shows.</summary>
public sealed record LoadedBoard(SelectionBoard Board, IReadOnlyDictionary<int, CandidateDetails> Details);
