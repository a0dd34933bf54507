using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>Source-generated JSON metadata for the artifact's wire shapes.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata, MaxDepth = ArtifactLimits.MaxJsonDepth)]
[JsonSerializable(typeof(ArtifactDocument))]
[JsonSerializable(typeof(ArtifactRule))]
internal sealed partial class ArtifactJsonContext : JsonSerializerContext;
