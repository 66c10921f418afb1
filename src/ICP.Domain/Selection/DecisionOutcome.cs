namespace ICP.Domain.Selection;

public enum DecisionOutcome
{
    Selected,
    Reserve,
    NotSelected,
}
