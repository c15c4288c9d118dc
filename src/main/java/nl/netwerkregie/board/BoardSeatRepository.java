package nl.netwerkregie.board;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardSeatRepository extends JpaRepository<BoardSeat, Long> {

    /** The seats that run on the day, in order of appointment. */
    @Query("select s from BoardSeat s where s.startDate <= :day and (s.endDate is null or s.endDate > :day)"
            + " order by s.startDate, s.id")
    List<BoardSeat> runningOn(@Param("day") LocalDate day);

    List<BoardSeat> findByUsernameOrderByStartDateAsc(String username);

    List<BoardSeat> findByOrganisationIdOrderByStartDateAsc(Long organisationId);

    List<BoardSeat> findAllByOrderByStartDateAscIdAsc();
}
