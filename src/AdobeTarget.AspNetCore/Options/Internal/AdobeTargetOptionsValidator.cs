using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Checks the data annotations of <see cref="AdobeTargetOptions"/> and its nested options (ranges, required values,
/// whole-value formats) with code generated at build time, so no reflection runs at start-up.
/// </summary>
/// <remarks>What annotations cannot say is checked by <see cref="AdobeTargetOptionsCustomValidator"/>.</remarks>
[OptionsValidator]
internal sealed partial class AdobeTargetOptionsValidator : IValidateOptions<AdobeTargetOptions>;
