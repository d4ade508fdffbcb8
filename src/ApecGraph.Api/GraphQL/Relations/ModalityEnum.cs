using ApecGraph.Core.Model;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Relations;

public sealed class ModalityEnum : EnumerationGraphType<Modality>
{
    public ModalityEnum()
    {
        Name = "Modality";
        Description = "How the source states a relation: as what happened or holds (ACTUAL), or only as PLANNED or EXPECTED.";
    }
}
