package nl.maatwerk.simulatie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.maatwerk.regels.hervorming.Aggregaat;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * DIR/varianten.parquet/variant=NAAM/part-00000-UUID.c000.snappy.parquet, the layout Spark SQL writes for a
 * table partitioned by variant, written by the driver with parquet-java itself. The few hundred rows do not need
 * Spark SQL: its session, planner and Hadoop writer cost about as much CPU as the rest of Spark's start
 * (docs/performance.md). The schema and Spark's row metadata are those Spark writes, so
 * {@code spark.read().parquet(DIR/varianten.parquet)} gives the same table, with {@code variant} as its
 * partition column. On a cluster this lands on the driver, with the other results.
 */
final class VariantenParquet {

    /** The columns after {@code variant}, which is the folder name and not in the files (as in Spark). */
    private static final String[] BEDRAGEN = {"huishoudens", "kosten_per_jaar_centen", "kosten_per_jaar_basis_centen", "onder_minimum",
        "onder_minimum_basis", "in_bijstand", "winnaars", "verliezers", "gemiddelde_winst_per_maand_centen", "gemiddeld_verlies_per_maand_centen"};

    static final MessageType SCHEMA;

    /** Spark's own description of the schema; Spark reads it back from the footer (nullability included). */
    private static final String SPARK_SCHEMA;

    static {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("dimensie");
        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("groep");
        StringBuilder json = new StringBuilder("{\"type\":\"struct\",\"fields\":[")
                .append("{\"name\":\"dimensie\",\"type\":\"string\",\"nullable\":false,\"metadata\":{}},")
                .append("{\"name\":\"groep\",\"type\":\"string\",\"nullable\":false,\"metadata\":{}}");
        for (String kolom : BEDRAGEN) {
            b.optional(PrimitiveTypeName.INT64).named(kolom);
            json.append(",{\"name\":\"").append(kolom).append("\",\"type\":\"long\",\"nullable\":true,\"metadata\":{}}");
        }
        SCHEMA = b.named("spark_schema");
        SPARK_SCHEMA = json.append("]}").toString();
    }

    private VariantenParquet() {
    }

    /** {@code perVariant}: the folder name of each variant (its file name) with its rows, in order. */
    static void schrijf(Path map, Map<String, List<Aggregaat.Regel>> perVariant, String sparkVersie) throws IOException {
        verwijder(map); // as Spark's SaveMode.Overwrite
        Files.createDirectories(map);
        String bestand = "part-00000-" + UUID.randomUUID() + ".c000.snappy.parquet";
        Map<String, String> metadata = Map.of("org.apache.spark.version", sparkVersie, "org.apache.spark.sql.parquet.row.metadata", SPARK_SCHEMA);
        for (Map.Entry<String, List<Aggregaat.Regel>> v : perVariant.entrySet()) {
            Path deel = map.resolve("variant=" + v.getKey());
            Files.createDirectories(deel);
            try (ParquetWriter<Aggregaat.Regel> w = new Schrijver(new LocalOutputFile(deel.resolve(bestand)), metadata)
                    .withConf(new PlainParquetConfiguration()).withCompressionCodec(CompressionCodecName.SNAPPY).build()) {
                for (Aggregaat.Regel r : v.getValue()) {
                    w.write(r);
                }
            }
        }
        Files.createFile(map.resolve("_SUCCESS")); // as Spark: the write is complete
    }

    private static void verwijder(Path map) throws IOException {
        if (!Files.exists(map)) {
            return;
        }
        try (Stream<Path> alles = Files.walk(map)) {
            for (Path p : alles.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static final class Schrijver extends ParquetWriter.Builder<Aggregaat.Regel, Schrijver> {
        private final Map<String, String> metadata;

        Schrijver(OutputFile uit, Map<String, String> metadata) {
            super(uit);
            this.metadata = metadata;
        }

        @Override
        protected Schrijver self() {
            return this;
        }

        @Override
        protected WriteSupport<Aggregaat.Regel> getWriteSupport(Configuration conf) {
            return new Regels(metadata);
        }

        @Override
        protected WriteSupport<Aggregaat.Regel> getWriteSupport(ParquetConfiguration conf) {
            return new Regels(metadata);
        }
    }

    /** One row per group: the two names and the ten numbers, a missing (suppressed) number as null. */
    private static final class Regels extends WriteSupport<Aggregaat.Regel> {
        private final Map<String, String> metadata;
        private RecordConsumer uit;

        Regels(Map<String, String> metadata) {
            this.metadata = metadata;
        }

        @Override
        public WriteContext init(Configuration conf) {
            return new WriteContext(SCHEMA, new HashMap<>(metadata));
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(SCHEMA, new HashMap<>(metadata));
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.uit = recordConsumer;
        }

        @Override
        public void write(Aggregaat.Regel r) {
            uit.startMessage();
            tekst(0, "dimensie", r.dimensie());
            tekst(1, "groep", r.groep());
            Long[] getallen = {r.huishoudens(), r.kostenPerJaar(), r.kostenPerJaarBasis(), r.onderMinimum(), r.onderMinimumBasis(), r.inBijstand(),
                r.winnaars(), r.verliezers(), r.gemiddeldeWinstPerMaand(), r.gemiddeldVerliesPerMaand()};
            for (int i = 0; i < getallen.length; i++) {
                if (getallen[i] != null) {
                    uit.startField(BEDRAGEN[i], i + 2);
                    uit.addLong(getallen[i]);
                    uit.endField(BEDRAGEN[i], i + 2);
                }
            }
            uit.endMessage();
        }

        private void tekst(int index, String naam, String waarde) {
            uit.startField(naam, index);
            uit.addBinary(Binary.fromString(waarde));
            uit.endField(naam, index);
        }
    }
}
