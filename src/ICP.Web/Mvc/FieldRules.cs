namespace ICP.Web.Mvc;

/// <summary>Hints a field's rules give: its maximum length, whether it must be filled to save, or to submit.</summary>
public sealed record FieldRules(int? MaxLength, bool Required, bool RequiredToSubmit);
