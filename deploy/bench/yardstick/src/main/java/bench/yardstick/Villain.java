package bench.yardstick;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** The rest-villains row: a few short columns and a text. */
@Entity
public class Villain extends PanacheEntity {

    public String name;

    public String otherName;

    public int level;

    public String picture;

    @Column(columnDefinition = "TEXT")
    public String powers;
}
