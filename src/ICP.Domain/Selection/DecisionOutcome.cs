using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Selection;

public enum DecisionOutcome
{
    Selected,
    Reserve,
    NotSelected,
}
