using ICP.Domain.Programme;
using ICP.Domain.Selection;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Selection;

/// <summary>A quota group's board as loaded, with the details the board page shows.</summary>
public sealed record LoadedBoard(SelectionBoard Board, IReadOnlyDictionary<int, CandidateDetails> Details);
